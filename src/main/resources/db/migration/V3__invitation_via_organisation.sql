-- An organisation admin may invite people to a signatory their organisation supports: remember through which
-- organisation the invitation was sent, so that it appears in that organisation's list of pending invitations.
alter table invitation add column via_organisation_id bigint references organisation (id) on delete cascade;
create index invitation_via_organisation_idx on invitation (via_organisation_id);
create index password_reset_user_idx on password_reset (user_id);
