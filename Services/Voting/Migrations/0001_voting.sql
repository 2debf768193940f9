-- Voting's own tables (seed 003 §3, §22, Appendix D; decisions P-02, P-24..P-27).
-- Unqualified names: the migrator sets search_path to the service's schema.

-- user_identity_state: the identity from user.upserted, the accuracy record (P-26), XP progress
-- (P-25) and the user's rate-limit bucket (P-27; NULL level = a full bucket).
CREATE TABLE users (
    user_id             uuid PRIMARY KEY,
    email_verified      boolean NOT NULL,
    account_created_at  timestamptz NOT NULL,
    behavior_multiplier float8 NOT NULL DEFAULT 1,
    banned              boolean NOT NULL DEFAULT false,
    restricted          boolean NOT NULL DEFAULT false,
    resolved_votes      bigint NOT NULL DEFAULT 0,
    correct_votes       bigint NOT NULL DEFAULT 0,
    xp_total            bigint NOT NULL DEFAULT 0,
    last_vote_day       integer,
    bucket_level        bigint,
    bucket_updated_at   timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- Voting's view of each brick (P-02) and the brick's vote sequence, which voting owns.
CREATE TABLE bricks (
    brick_id            uuid PRIMARY KEY,
    live_price_cents    bigint NOT NULL CHECK (live_price_cents >= 0),
    cycle_number        integer NOT NULL CHECK (cycle_number >= 1),
    freeze_mode         boolean NOT NULL,
    freeze_until        timestamptz,
    latest_freeze_until timestamptz,
    needs_recheck       boolean NOT NULL,
    recheck_epoch       integer NOT NULL,
    applied_brick_seq   bigint NOT NULL,
    last_brick_seq      bigint NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- Intake (§2.1): one row per intent id, whoever sent it. The enricher claims PENDING rows.
CREATE TABLE vote_intents (
    id              bigserial PRIMARY KEY,
    intent_id       uuid NOT NULL UNIQUE,
    user_id         uuid NOT NULL,
    brick_id        uuid NOT NULL,
    vote_type       text NOT NULL CHECK (vote_type IN ('UNDER', 'FAIR', 'OVER')),
    submitted_at    timestamptz NOT NULL,
    ip_hash         text NOT NULL,
    user_agent      text,
    session_id      text,
    cause_event_id  text,
    correlation_id  text,
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PROCESSED')),
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vote_intents_pending ON vote_intents (id) WHERE status = 'PENDING';

-- voting's global vote sequence (vote.recorded voteEventId); rejected intents leave gaps.
CREATE SEQUENCE vote_event_ids;

-- §3.1: immutable, one per accepted intent; brickSeq gap-free per brick (P-02).
CREATE TABLE vote_events (
    vote_event_id       bigint PRIMARY KEY,
    brick_id            uuid NOT NULL,
    brick_seq           bigint NOT NULL,
    intent_id           uuid NOT NULL UNIQUE,
    user_id             uuid NOT NULL,
    vote_type           text NOT NULL CHECK (vote_type IN ('UNDER', 'FAIR', 'OVER')),
    live_price_cents    bigint NOT NULL,
    fair_range_lower_cents bigint NOT NULL,
    fair_range_upper_cents bigint NOT NULL,
    base_step_cents     bigint NOT NULL,
    user_weight         float8 NOT NULL,
    email_verified      boolean NOT NULL,
    cycle_id            uuid NOT NULL,
    cycle_number        integer NOT NULL,
    created_at          timestamptz NOT NULL,
    ip_hash             text NOT NULL,
    user_agent          text,
    session_id          text,
    UNIQUE (brick_id, brick_seq)
);
CREATE INDEX vote_events_cycle ON vote_events (cycle_id);
CREATE INDEX vote_events_user_brick ON vote_events (user_id, brick_id);

-- Every intent's one outcome: RECORDED or the rejection reason.
CREATE TABLE vote_outcomes (
    intent_id       uuid PRIMARY KEY,
    outcome         text NOT NULL CHECK (outcome IN
                        ('RECORDED', 'NO_CREDITS', 'UNKNOWN_BRICK', 'UNKNOWN_USER', 'RATE_LIMITED', 'BANNED')),
    vote_event_id   bigint,
    decided_by      text NOT NULL,
    decided_at      timestamptz NOT NULL DEFAULT now()
);

-- §22, P-24: credits per user × brick, created on the first accepted vote.
CREATE TABLE credits (
    user_id                     uuid NOT NULL,
    brick_id                    uuid NOT NULL,
    remaining                   integer NOT NULL CHECK (remaining >= 0),
    last_vote_price_cents       bigint,
    last_vote_cycle_number      integer,
    regained_for_recheck_epoch  integer NOT NULL,
    PRIMARY KEY (user_id, brick_id)
);

-- P-27: token buckets per ip hash, shared by every replica.
CREATE TABLE ip_buckets (
    ip_hash     text PRIMARY KEY,
    level       bigint,
    updated_at  timestamptz
);

-- §3.2: append-only XP log (P-25).
CREATE TABLE xp_events (
    id              bigserial PRIMARY KEY,
    user_id         uuid NOT NULL,
    vote_event_id   bigint,
    brick_id        uuid NOT NULL,
    xp_amount       bigint NOT NULL CHECK (xp_amount > 0),
    reason          text NOT NULL CHECK (reason IN ('VOTE', 'STREAK', 'RECHECK', 'ACCURACY')),
    created_at      timestamptz NOT NULL
);
CREATE INDEX xp_events_user ON xp_events (user_id);

-- P-26: each closed cycle is scored once (the accuracy records themselves are users.resolved_votes
-- and users.correct_votes).
CREATE TABLE scored_cycles (
    cycle_id    uuid PRIMARY KEY,
    brick_id    uuid NOT NULL,
    direction   text NOT NULL,
    scored_at   timestamptz NOT NULL DEFAULT now()
);
