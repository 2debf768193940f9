-- Pricing's own schema (seed 003 §4.1, Appendix D; decisions P-03, P-04, P-20, P-23, P-29).
-- Money is bigint cents; the seed's NUMERIC(12,2) prices become *_cents columns.

-- §4.1 brick_price_state: every column of the seed, plus cycle number, cycle start price and time,
-- recheck epoch, the ledger position applied so far, and the cycle's participation memory
-- (unique verified voters and W10), so the state is complete without reading the ledger.
CREATE TABLE brick_price_state (
    brick_id                         uuid PRIMARY KEY,
    baseline_price_cents             bigint NOT NULL CHECK (baseline_price_cents >= 0),
    live_price_cents                 bigint NOT NULL CHECK (live_price_cents >= 0),
    listed_at                        timestamptz NOT NULL,
    current_cycle_id                 uuid NOT NULL,
    cycle_number                     integer NOT NULL CHECK (cycle_number >= 1),
    cycle_start_price_cents          bigint NOT NULL,
    cycle_started_at                 timestamptz NOT NULL,
    weighted_under                   double precision NOT NULL DEFAULT 0,
    weighted_fair                    double precision NOT NULL DEFAULT 0,
    weighted_over                    double precision NOT NULL DEFAULT 0,
    weighted_total                   double precision NOT NULL DEFAULT 0,
    weighted_since_last_move         double precision NOT NULL DEFAULT 0,
    p_under                          double precision NOT NULL DEFAULT 0,
    p_fair                           double precision NOT NULL DEFAULT 0,
    p_over                           double precision NOT NULL DEFAULT 0,
    pricing_confidence_c             double precision NOT NULL DEFAULT 0,
    reliability_score_r              double precision,
    momentum_score                   integer NOT NULL DEFAULT 0 CHECK (momentum_score BETWEEN -2 AND 2),
    last_price_update                timestamptz NOT NULL,
    last_high_confidence_price_cents bigint,
    last_high_confidence_votes       double precision,
    last_confidence_timestamp        timestamptz,
    needs_recheck                    boolean NOT NULL DEFAULT false,
    recheck_epoch                    integer NOT NULL DEFAULT 0,
    freeze_mode                      boolean NOT NULL DEFAULT false,
    freeze_until                     timestamptz,
    applied_brick_seq                bigint NOT NULL DEFAULT 0,
    control_entries_since_vote       integer NOT NULL DEFAULT 0,
    last_vote_event_id_processed     bigint,
    last_applied_vote_at             timestamptz,
    unique_voter_ids                 uuid[] NOT NULL DEFAULT '{}',
    recent_vote_times                timestamptz[] NOT NULL DEFAULT '{}',
    recent_vote_ip_hashes            text[] NOT NULL DEFAULT '{}',
    updated_at                       timestamptz NOT NULL
);
-- The minute jobs look for due freezes and quiet bricks.
CREATE INDEX brick_price_state_frozen ON brick_price_state (freeze_until) WHERE freeze_mode;

-- P-03 the per-brick ledger: every vote.recorded (kind VOTE, control_index 0) and every control
-- entry pricing appended (FREEZE_TIMEOUT, RECHECK at control_index >= 1 after the vote it
-- follows). Unique on (brick, brickSeq, control index): a second vote at a taken brickSeq is a
-- duplicate. `applied` is false while a vote waits for a gap to fill.
CREATE TABLE ledger (
    brick_id                  uuid NOT NULL,
    brick_seq                 bigint NOT NULL CHECK (brick_seq >= 0),
    control_index             integer NOT NULL CHECK (control_index >= 0),
    kind                      text NOT NULL CHECK (kind IN ('VOTE', 'FREEZE_TIMEOUT', 'RECHECK')),
    applied                   boolean NOT NULL,
    at                        timestamptz NOT NULL,
    event_id                  text,
    vote_event_id             bigint,
    user_id                   uuid,
    vote_type                 text CHECK (vote_type IN ('UNDER', 'FAIR', 'OVER')),
    live_price_at_vote_cents  bigint,
    fair_range_lower_cents    bigint,
    fair_range_upper_cents    bigint,
    base_step_at_vote_cents   bigint,
    user_weight_at_vote       double precision,
    email_verified            boolean,
    cycle_id                  uuid,
    cycle_number              integer,
    ip_hash                   text,
    recheck_origin            text CHECK (recheck_origin IN ('OPERATOR', 'DEAD_BRICK')),
    recheck_reason            text,
    recorded_at               timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brick_id, brick_seq, control_index),
    CHECK ((kind = 'VOTE') = (control_index = 0))
);
CREATE INDEX ledger_held ON ledger (brick_id) WHERE NOT applied;
-- P-30: "has this user an accepted vote on the brick in the current cycle".
CREATE INDEX ledger_voter ON ledger (brick_id, cycle_id, user_id) WHERE kind = 'VOTE';
-- P-29 votes_today.
CREATE INDEX ledger_vote_time ON ledger (brick_id, at) WHERE kind = 'VOTE';

-- Every price move, for the daily close of past days (a caught-up close shows the price live at
-- that day's close, P-29) and for charts.
CREATE TABLE price_moves (
    brick_id       uuid NOT NULL,
    vote_event_id  bigint NOT NULL,
    at             timestamptz NOT NULL,
    from_cents     bigint NOT NULL,
    to_cents       bigint NOT NULL,
    PRIMARY KEY (brick_id, vote_event_id)
);
CREATE INDEX price_moves_time ON price_moves (brick_id, at);

-- B.3 daily closes (P-29): one row per brick and New York trading day.
CREATE TABLE brick_price_history (
    brick_id           uuid NOT NULL,
    day                date NOT NULL,
    close_price_cents  bigint NOT NULL CHECK (close_price_cents >= 0),
    votes_today        integer NOT NULL CHECK (votes_today >= 0),
    closed_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brick_id, day)
);

-- Scheduled jobs' progress: the daily close's last closed day, and when each job last ran.
CREATE TABLE job_state (
    job              text PRIMARY KEY,
    last_closed_day  date,
    last_run_at      timestamptz NOT NULL DEFAULT now()
);
