-- People who do not want the reminder digests by e-mail (the default is to send them). Their in-app notifications
-- are still written.
create table reminder_email_opt_out (
    user_id bigint primary key references app_user (id) on delete cascade,
    since timestamp with time zone not null
);
