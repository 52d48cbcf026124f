-- A reminder run marks its day finished in the transaction that records what it sent. A claim that stays unfinished
-- longer than mia.reminders.stale-after (the node died) is taken over by the next call on that day.
alter table reminder_run add column finished_at timestamp with time zone;

-- The runs before this column existed had finished (or freed their day when they failed).
update reminder_run set finished_at = started_at;
