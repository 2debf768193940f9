-- No query reads rankings by (topic_id, position): metrics come from topic_aggregates, the
-- assignment reads a period (rankings_by_period_student), the consumer reads a student's
-- rankings (the unique student/period/position index), and topics are never deleted, so the foreign key never searches by topic.
-- Yet every position change had to move an entry in it, and a student's re-ranking touches
-- one page per topic there (its other indexes keep a student's rows together): at a million
-- stored rankings that scattered write was most of an update's cost.
DROP INDEX rankings_by_topic;
