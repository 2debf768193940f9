-- Periods, topics and students: projections of the school system's events.
CREATE TABLE periods (
    period_id  text PRIMARY KEY,
    title      text,
    opens_at   timestamptz,
    closes_at  timestamptz,
    status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closed_at  timestamptz
);

CREATE TABLE topics (
    topic_id   text PRIMARY KEY,
    period_id  text NOT NULL REFERENCES periods (period_id),
    title      text NOT NULL,
    capacity   integer NOT NULL CHECK (capacity >= 1)
);
CREATE INDEX topics_by_period ON topics (period_id);

CREATE TABLE students (
    student_id text PRIMARY KEY,
    period_id  text
);

-- One row per (student, topic): the unique key of D001-15.
CREATE TABLE rankings (
    student_id        text NOT NULL,
    topic_id          text NOT NULL REFERENCES topics (topic_id),
    period_id         text NOT NULL,
    position          integer NOT NULL CHECK (position >= 1),
    previous_position integer,
    session_id        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    PRIMARY KEY (student_id, topic_id),
    -- D001-08 as a last line of defence; deferred so a batch may swap two positions.
    CONSTRAINT rankings_unique_position UNIQUE (student_id, period_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX rankings_by_topic ON rankings (topic_id, position);
CREATE INDEX rankings_by_period_student ON rankings (period_id, student_id);

-- Per-topic aggregate kept in the same transaction as the rankings (D001-03, D001-06, D001-11).
-- distribution[p] counts position p; its length is T when last written (it may lag a grown T).
CREATE TABLE topic_aggregates (
    topic_id       text PRIMARY KEY REFERENCES topics (topic_id),
    period_id      text NOT NULL,
    student_count  bigint NOT NULL DEFAULT 0 CHECK (student_count >= 0),
    sum_positions  bigint NOT NULL DEFAULT 0,
    sum_squares    bigint NOT NULL DEFAULT 0,
    distribution   bigint[] NOT NULL DEFAULT '{}',
    updated_at     timestamptz
);
CREATE INDEX topic_aggregates_by_period ON topic_aggregates (period_id);

-- Published metrics (D001-06, D001-07: no row for a topic nobody ranked).
CREATE TABLE topic_metrics (
    topic_id             text PRIMARY KEY REFERENCES topics (topic_id),
    period_id            text NOT NULL,
    student_count        bigint NOT NULL,
    sum_positions        bigint NOT NULL,
    sum_squares          bigint NOT NULL,
    average_position     double precision NOT NULL,
    standard_deviation   double precision NOT NULL,
    distribution         jsonb NOT NULL,
    percentile           double precision NOT NULL,
    competition_category text NOT NULL,
    calculated_at        timestamptz NOT NULL
);
CREATE INDEX topic_metrics_by_period ON topic_metrics (period_id);

-- D001-16: a serial id, never a timestamp key.
CREATE TABLE topic_metrics_history (
    id               bigserial PRIMARY KEY,
    topic_id         text NOT NULL,
    calculated_at    timestamptz NOT NULL,
    average_position double precision NOT NULL
);
CREATE INDEX topic_metrics_history_by_topic ON topic_metrics_history (topic_id, calculated_at);

-- Recorded RANKINGS_BATCH_UPDATED events, the stack undo works on (D001-05). `sequence` orders a
-- student's batches; writers of one student are serialized by an advisory lock.
CREATE TABLE ranking_batches (
    event_id      text PRIMARY KEY,
    sequence      bigserial NOT NULL UNIQUE,
    student_id    text NOT NULL,
    period_id     text NOT NULL,
    session_id    text NOT NULL,
    changes       jsonb NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX ranking_batches_by_student ON ranking_batches (student_id, period_id, sequence);

-- The latest assignment of a period and its seats.
CREATE TABLE assignment_runs (
    period_id              text PRIMARY KEY,
    algorithm              text NOT NULL,
    total_cost             bigint NOT NULL,
    rank_profile           bigint[] NOT NULL,
    unassigned_student_ids text[] NOT NULL,
    computed_at            timestamptz NOT NULL
);

CREATE TABLE assignments (
    period_id  text NOT NULL REFERENCES assignment_runs (period_id) ON DELETE CASCADE,
    student_id text NOT NULL,
    topic_id   text NOT NULL,
    position   integer NOT NULL,
    PRIMARY KEY (period_id, student_id)
);
