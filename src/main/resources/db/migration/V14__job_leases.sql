-- Scheduled jobs that must run on one instance at a time (the CAP feed poll, emergency expiry):
-- the instance holding a job's lease runs it and renews it; another takes over once it lapses.
create table job_lease (
    name    varchar(64)  primary key,
    holder  varchar(64)  not null,
    until   timestamp with time zone not null
);
