-- Sign-in throttling counts the failed sign-ins of a name, and of an address, in the last
-- minutes; on every sign-in. These keep that a lookup whatever the size of the audit trail.
create index audit_event_sign_in_actor on audit_event (actor, at desc) where action in ('sign-in', 'sign-in-failed');
create index audit_event_sign_in_address on audit_event (remote_address, at desc) where action = 'sign-in-failed';
