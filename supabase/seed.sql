-- Local development and test data (loaded by `supabase db reset` and by tests/db/run.sh; never pushed to a
-- hosted project). Everyone's password is `wasla-dev-password`.
--
-- Team A "Wasla Demo" (Asia/Riyadh): owner@, admin@, member@ and leaver@wasla.test (the tests remove leaver@ to
-- check that access ends at once). Team B "Other Agency" (Europe/Berlin): other@wasla.test.
-- newcomer@wasla.test belongs to no team (invites). The pgTAP tests in supabase/tests/database use these rows.
-- At the end: the helpers those tests share (schema `tests`).

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
                        confirmation_token, recovery_token, email_change_token_new, email_change)
select '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email,
       extensions.crypt('wasla-dev-password', extensions.gen_salt('bf', 4)), now(),
       '{"provider": "email", "providers": ["email"]}', jsonb_build_object('name', u.name), now(), now(), '', '', '', ''
from (values
  ('00000000-0000-4000-a000-000000000001'::uuid, 'owner@wasla.test', 'Huda'),
  ('00000000-0000-4000-a000-000000000002'::uuid, 'admin@wasla.test', 'Omar'),
  ('00000000-0000-4000-a000-000000000003'::uuid, 'member@wasla.test', 'Lina'),
  ('00000000-0000-4000-a000-000000000004'::uuid, 'leaver@wasla.test', 'Sami'),
  ('00000000-0000-4000-a000-000000000005'::uuid, 'other@wasla.test', 'Rami'),
  ('00000000-0000-4000-a000-000000000006'::uuid, 'newcomer@wasla.test', 'Noor')
) as u (id, email, name);

insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
select u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true), 'email',
       now(), now()
from auth.users u where u.email like '%@wasla.test';

insert into public.teams (id, name, time_zone) values
  ('10000000-0000-4000-a000-00000000000a', 'Wasla Demo', 'Asia/Riyadh'),
  ('10000000-0000-4000-a000-00000000000b', 'Other Agency', 'Europe/Berlin');

insert into public.team_members (team_id, user_id, role, display_name) values
  ('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000001', 'owner', 'Huda'),
  ('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000002', 'admin', 'Omar'),
  ('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000003', 'member', 'Lina'),
  ('10000000-0000-4000-a000-00000000000a', '00000000-0000-4000-a000-000000000004', 'member', 'Sami'),
  ('10000000-0000-4000-a000-00000000000b', '00000000-0000-4000-a000-000000000005', 'owner', 'Rami');

-- Team A: one client with a contract, a tagged page, templates, labels, snapshots and everyone's time.
insert into public.clients (id, team_id, name_ar, name_en, color, created_by) values
  ('20000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a', 'مطعم الواحة', 'Oasis Restaurant',
   '#0f766e', '00000000-0000-4000-a000-000000000001'),
  ('20000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000b', 'متجر', 'Berlin Shop',
   '#1d4ed8', '00000000-0000-4000-a000-000000000005');

insert into public.contracts (id, team_id, client_id, starts_on, monthly_hours, min_daily_hours, working_days,
                              languages, hourly_rate, currency, created_by) values
  ('21000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a',
   '20000000-0000-4000-a000-000000000001', '2026-01-01', 80, 2, '{0,1,2,3,4}', '{ar,en}', 150, 'SAR',
   '00000000-0000-4000-a000-000000000001'),
  ('21000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000b',
   '20000000-0000-4000-a000-000000000002', '2026-01-01', 40, 1, '{1,2,3,4,5}', '{de,en}', null, null,
   '00000000-0000-4000-a000-000000000005');

insert into public.social_accounts (id, team_id, platform, key, handle, display_name, client_id, created_by) values
  ('22000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a', 'instagram', 'oasis.restaurant',
   'oasis.restaurant', 'Oasis Restaurant', '20000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000003'),
  ('22000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000a', 'x', 'oasisresto',
   'OasisResto', 'Oasis', '20000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002'),
  ('22000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-00000000000b', 'facebook', '100200300',
   'berlinshop', 'Berlin Shop', '20000000-0000-4000-a000-000000000002', '00000000-0000-4000-a000-000000000005');

insert into public.templates (id, team_id, title, bodies, client_id, tags, created_by) values
  ('23000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a', 'Thanks',
   '{"ar": "شكراً لتواصلكم معنا!", "en": "Thanks for reaching out!"}', null, '{thanks}',
   '00000000-0000-4000-a000-000000000001'),
  ('23000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000a', 'Opening hours',
   '{"ar": "نفتح يومياً من ١٢ ظهراً", "en": "We open daily at noon"}', '20000000-0000-4000-a000-000000000001',
   '{hours}', '00000000-0000-4000-a000-000000000003'),
  ('23000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-00000000000b', 'Danke',
   '{"en": "Thank you!"}', null, '{}', '00000000-0000-4000-a000-000000000005');

insert into public.time_entries (id, team_id, client_id, user_id, start, "end", source, platform, note, created_by)
select e.id, '10000000-0000-4000-a000-00000000000a', '20000000-0000-4000-a000-000000000001', e.user_id,
       e.start, e.start + e.length, e.source, e.platform, '', e.user_id
from (values
  ('24000000-0000-4000-a000-000000000001'::uuid, '00000000-0000-4000-a000-000000000001'::uuid,
   '2026-03-01 09:00+03'::timestamptz, interval '2 hours', 'manual', null),
  ('24000000-0000-4000-a000-000000000002'::uuid, '00000000-0000-4000-a000-000000000002'::uuid,
   '2026-03-01 10:00+03'::timestamptz, interval '90 minutes', 'timer', 'facebook'),
  ('24000000-0000-4000-a000-000000000003'::uuid, '00000000-0000-4000-a000-000000000003'::uuid,
   '2026-03-02 09:30+03'::timestamptz, interval '3 hours', 'timer', 'instagram'),
  ('24000000-0000-4000-a000-000000000004'::uuid, '00000000-0000-4000-a000-000000000004'::uuid,
   '2026-03-02 13:00+03'::timestamptz, interval '1 hour', 'auto', 'x')
) as e (id, user_id, start, length, source, platform);

insert into public.time_entries (id, team_id, client_id, user_id, start, "end", source, created_by) values
  ('24000000-0000-4000-a000-000000000005', '10000000-0000-4000-a000-00000000000b',
   '20000000-0000-4000-a000-000000000002', '00000000-0000-4000-a000-000000000005',
   '2026-03-02 09:00+01', '2026-03-02 11:00+01', 'manual', '00000000-0000-4000-a000-000000000005');

insert into public.post_labels (id, team_id, client_id, platform, post_url, excerpt, label, created_by) values
  ('25000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a',
   '20000000-0000-4000-a000-000000000001', 'instagram', 'https://www.instagram.com/p/DEMO1/', 'الأكل بارد',
   'complaint', '00000000-0000-4000-a000-000000000003'),
  ('25000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000a',
   '20000000-0000-4000-a000-000000000001', 'x', 'https://x.com/oasisresto/status/1', 'Do you deliver?',
   'question', '00000000-0000-4000-a000-000000000002'),
  ('25000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-00000000000b',
   '20000000-0000-4000-a000-000000000002', 'facebook', 'https://www.facebook.com/berlinshop/posts/1', '',
   'praise', '00000000-0000-4000-a000-000000000005');

insert into public.follower_snapshots (id, team_id, account_id, count, taken_at, created_by) values
  ('26000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-00000000000a',
   '22000000-0000-4000-a000-000000000001', 12400, '2026-03-01 08:00Z', '00000000-0000-4000-a000-000000000003'),
  ('26000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-00000000000a',
   '22000000-0000-4000-a000-000000000002', 3100, '2026-03-01 08:05Z', '00000000-0000-4000-a000-000000000002'),
  ('26000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-00000000000b',
   '22000000-0000-4000-a000-000000000003', 880, '2026-03-01 08:00Z', '00000000-0000-4000-a000-000000000005');

insert into public.invites (team_id, code, role, expires_at, created_by) values
  ('10000000-0000-4000-a000-00000000000a', 'WASLA-DEMO-INVITE', 'member', now() + interval '30 days',
   '00000000-0000-4000-a000-000000000001'),
  ('10000000-0000-4000-a000-00000000000b', 'OTHER-TEAM-INVITE', 'member', now() + interval '30 days',
   '00000000-0000-4000-a000-000000000005');

------------------------------------------------------------------------------------------------------------------
-- Helpers the pgTAP files share (supabase/tests/database), here because the seed is what both `npm run test:db`
-- and `supabase db reset` / `supabase test db` load and what is never pushed. Schema `tests`, which the API does
-- not expose (config.toml exposes public only).
--
-- tests.act_as(persona): becomes `persona` for the rest of the transaction: 'anon', or a seed user's e-mail prefix
-- ('owner', 'member', …) signed in as `authenticated`; null goes back to the session user. It cannot be security
-- definer (PostgreSQL forbids setting role inside one), and the tests call it while they are anon or
-- authenticated, so those roles may execute it; it refuses to run unless the session user is postgres (or a
-- superuser), which the API's authenticator never is.
create schema tests;
revoke all on schema tests from public;
grant usage on schema tests to anon, authenticated;

create function tests.act_as(persona text) returns void
language plpgsql volatile security invoker set search_path = ''
as $$
declare
  uid uuid;
begin
  if not pg_catalog.pg_has_role(session_user, 'postgres', 'member') then
    raise exception 'tests.act_as is for test sessions of postgres' using errcode = '42501';
  end if;
  perform pg_catalog.set_config('role', 'none', true);
  perform pg_catalog.set_config('request.jwt.claims', '', true);
  if persona = 'anon' then
    perform pg_catalog.set_config('request.jwt.claims', '{"role": "anon"}', true);
    perform pg_catalog.set_config('role', 'anon', true);
  elsif persona is not null then
    select id into strict uid from auth.users where email = persona || '@wasla.test';
    perform pg_catalog.set_config('request.jwt.claims',
                                  pg_catalog.json_build_object('sub', uid, 'role', 'authenticated')::text, true);
    perform pg_catalog.set_config('role', 'authenticated', true);
  end if;
end
$$;
revoke execute on function tests.act_as(text) from public;
grant execute on function tests.act_as(text) to anon, authenticated;
