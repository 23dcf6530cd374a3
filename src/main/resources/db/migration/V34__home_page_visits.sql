-- The leader's home page marks the editions made since the user's previous visit as new.
alter table app_user add column last_home_visit timestamptz;
