-- Bulk CSV imports of inventories: one row per job, kept in the database so that a page polling any node
-- sees its progress. A job belongs to the person who started it. The row errors (at most 1000 kept, the
-- count of all in error_count) are stored as codes and arguments, translated when the report is read.
create table inventory_bulk_job (
    id varchar(36) not null primary key,
    user_id bigint not null,
    state varchar(10) not null,
    rows_total integer not null,
    rows_read integer not null,
    rows_stored integer not null,
    inventories_total integer not null,
    inventories_stored integer not null,
    error_count integer not null,
    created_at timestamp with time zone not null,
    finished_at timestamp with time zone
);
create index inventory_bulk_job_user_idx on inventory_bulk_job (user_id);

create table inventory_bulk_job_error (
    job_id varchar(36) not null references inventory_bulk_job (id) on delete cascade,
    error_order integer not null,
    line_number integer not null,
    column_name varchar(40),
    cell_value varchar(200),
    code varchar(100) not null,
    arguments varchar(2000),
    primary key (job_id, error_order)
);
