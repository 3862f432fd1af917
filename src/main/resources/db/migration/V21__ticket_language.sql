-- The language the resident filed in, so that news of the request reaches them in it.
alter table ticket add column language varchar(16) default 'en' not null;
