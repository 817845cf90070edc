-- Multiplies the articles imported from the corpus into a benchmark-sized data set, in SQL on the
-- server (no row crosses the wire): :copies copies of every article, each published on another day,
-- with its search vector, company mentions and source path, and partnership events between the
-- company groups its text names, each event reported by a few copies.
-- Run by scripts/gen-bench-data.sh after `newshub import`; psql -v copies=N -v events=M.
-- Set-based and bulk: every table is filled by one INSERT … SELECT, with the secondary indexes and the
-- foreign keys of the filled tables dropped first and made again at the end (building an index once over a
-- million rows is many times cheaper than updating it a million times, the GIN index of the search vectors
-- most of all). Their definitions are read from the catalog, so a migration's new index comes back as well.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
SET work_mem = '256MB';
SET max_parallel_maintenance_workers = 2;
\timing on
BEGIN;

-- Base articles: what the import stored.
CREATE TEMP TABLE base AS SELECT id FROM articles;

-- Company mentions of the base articles. The import's tagger gives them; when it gave none (the
-- tagger is not wired in yet), every catalog name of two or more characters found in the text counts.
INSERT INTO article_company_mentions (article_id, company_id, group_id, as_written, start, length)
SELECT a.id, c.id, coalesce(c.parent_id, c.id), c.canonical_name, strpos(a.clean_text, c.canonical_name) - 1, char_length(c.canonical_name)
FROM articles a JOIN companies c ON char_length(c.canonical_name) >= 2 AND strpos(a.clean_text, c.canonical_name) > 0
WHERE NOT EXISTS (SELECT 1 FROM article_company_mentions m WHERE m.article_id = a.id);

-- The indexes and foreign keys of the tables filled below, kept to make again after the bulk insert.
CREATE TEMP TABLE bulk_tables (name) AS
VALUES ('articles'), ('article_sources'), ('article_company_mentions'), ('partnership_events'), ('partnership_mentions');
CREATE TEMP TABLE deferred_ddl AS
SELECT 1 AS step, format('ALTER TABLE %I DROP CONSTRAINT %I', t.relname, c.conname) AS drop_sql,
       format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid)) AS create_sql
FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
WHERE c.contype = 'f' AND t.relname IN (SELECT name FROM bulk_tables)
UNION ALL
SELECT 2, format('DROP INDEX %I', i.relname), pg_get_indexdef(i.oid)
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
WHERE t.relname IN (SELECT name FROM bulk_tables) AND NOT x.indisprimary
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid);
SELECT drop_sql FROM deferred_ddl ORDER BY step \gexec

-- The copies: a new id per (base article, copy number).
CREATE TEMP TABLE copies AS
SELECT b.id AS orig_id, k, nextval(pg_get_serial_sequence('articles', 'id')) AS new_id
FROM base b CROSS JOIN generate_series(1, :copies) AS k;
CREATE INDEX ON copies (orig_id, k);
ANALYZE copies;

INSERT INTO articles (id, content_hash, title, published_at, published_offset_minutes, author, outlet, source_url, format,
                      encoding, clean_text, sanitized_html, metadata_json, imported_at, updated_at, status, search_vector)
SELECT c.new_id, md5(a.content_hash || ':' || c.k) || md5(c.k || ':' || a.content_hash), a.title,
       -- spread over ten years around 2020, a different day for every copy
       timestamptz '2015-01-01 09:00+08' + ((c.orig_id * 7919 + c.k * 104729) % 3650) * interval '1 day',
       480, a.author, a.outlet, a.source_url, a.format, a.encoding, a.clean_text, a.sanitized_html, a.metadata_json,
       now(), now(), 'Active', a.search_vector
FROM copies c JOIN articles a ON a.id = c.orig_id;

INSERT INTO article_sources (article_id, path, content_hash, first_seen_at, last_seen_at, is_missing)
SELECT c.new_id, '/bench/' || c.k || '/' || c.orig_id || '.md', md5(c.new_id::text), now(), now(), false FROM copies c;

INSERT INTO article_company_mentions (article_id, company_id, group_id, as_written, start, length)
SELECT c.new_id, m.company_id, m.group_id, m.as_written, m.start, m.length
FROM copies c JOIN article_company_mentions m ON m.article_id = c.orig_id;

-- Pairs of groups named in the same base article, at least one automotive, at most three per article.
CREATE TEMP TABLE pairs AS
SELECT p.article_id, a_id, b_id, a_company_id, b_company_id, a_name, b_name, pos, stage,
       substr(a.clean_text, greatest(pos - 20, 0) + 1, 120) AS evidence FROM (
  SELECT ma.article_id, least(ma.group_id, mb.group_id) AS a_id, greatest(ma.group_id, mb.group_id) AS b_id,
         CASE WHEN ma.group_id < mb.group_id THEN ma.company_id ELSE mb.company_id END AS a_company_id,
         CASE WHEN ma.group_id < mb.group_id THEN mb.company_id ELSE ma.company_id END AS b_company_id,
         CASE WHEN ma.group_id < mb.group_id THEN ma.as_written ELSE mb.as_written END AS a_name,
         CASE WHEN ma.group_id < mb.group_id THEN mb.as_written ELSE ma.as_written END AS b_name,
         least(ma.start, mb.start) AS pos,
         (ARRAY['Agreement','Supply','Talks','Investment','JointVenture'])[1 + (ma.group_id + mb.group_id) % 5] AS stage,
         row_number() OVER (PARTITION BY ma.article_id ORDER BY least(ma.start, mb.start), ma.group_id, mb.group_id) AS n
  FROM (SELECT DISTINCT ON (article_id, group_id) article_id, group_id, company_id, as_written, start
        FROM article_company_mentions WHERE article_id IN (SELECT id FROM base) ORDER BY article_id, group_id, start) ma
  JOIN (SELECT DISTINCT ON (article_id, group_id) article_id, group_id, company_id, as_written, start
        FROM article_company_mentions WHERE article_id IN (SELECT id FROM base) ORDER BY article_id, group_id, start) mb
    ON mb.article_id = ma.article_id AND mb.group_id > ma.group_id
  JOIN companies ca ON ca.id = ma.group_id JOIN companies cb ON cb.id = mb.group_id
  WHERE ca.role IN ('Carmaker', 'Battery', 'Parts') OR cb.role IN ('Carmaker', 'Battery', 'Parts')
) p JOIN articles a ON a.id = p.article_id WHERE n <= 3;

-- Copies are grouped so that the events come to about :events; each group of copies reports one event.
SELECT greatest(1, ceil((SELECT count(*) FROM pairs) * :copies::numeric / :events))::int AS per_event \gset
-- Each group of copies: its first publication day and how many copies it holds, in one pass over the copies.
CREATE TEMP TABLE copy_groups AS
SELECT c.orig_id, (c.k - 1) / :per_event AS copy_group,
       min((a.published_at AT TIME ZONE 'Asia/Shanghai')::date) AS day, count(*) AS reports
FROM copies c JOIN articles a ON a.id = c.new_id
GROUP BY 1, 2;
CREATE TEMP TABLE bench_events AS
SELECT nextval(pg_get_serial_sequence('partnership_events', 'id')) AS event_id, p.*, g.copy_group, g.day, g.reports
FROM pairs p JOIN copy_groups g ON g.orig_id = p.article_id;
ANALYZE bench_events;

INSERT INTO partnership_events (id, company_a_id, company_b_id, stage, is_planned, sort_date, confidence, article_count,
                                date_day, date_month, date_precision, date_source, date_year)
SELECT e.event_id, e.a_id, e.b_id, e.stage, false, e.day, 0.8, e.reports,
       extract(day FROM e.day), extract(month FROM e.day), 'Day', 'Published', extract(year FROM e.day)
FROM bench_events e;

-- One mention per copy of the article behind each event (the evidence was cut once per base pair, not per copy),
-- published on its copy's day (the formula of the articles' insert above).
\if :{?mention_company_ids}
\else
SELECT EXISTS (SELECT 1 FROM information_schema.columns
               WHERE table_name = 'partnership_mentions' AND column_name = 'company_a_id') AS mention_company_ids \gset
\endif
\if :mention_company_ids
INSERT INTO partnership_mentions (event_id, article_id, evidence, evidence_start, evidence_length, company_a_as_written, company_a_start,
                                  company_b_as_written, company_b_start, trigger, trigger_start, stage, is_planned, confidence,
                                  date_day, date_month, date_precision, date_source, date_year, article_published_on,
                                  company_a_id, company_a_group_id, company_b_id, company_b_group_id)
SELECT e.event_id, c.new_id, e.evidence, greatest(e.pos - 20, 0), char_length(e.evidence), e.a_name, 0, e.b_name, 0, '合作', 0,
       e.stage, false, 0.8, extract(day FROM e.day), extract(month FROM e.day), 'Day', 'Published', extract(year FROM e.day),
       ((timestamptz '2015-01-01 09:00+08' + ((c.orig_id * 7919 + c.k * 104729) % 3650) * interval '1 day') AT TIME ZONE 'Asia/Shanghai')::date,
       e.a_company_id, e.a_id, e.b_company_id, e.b_id
FROM bench_events e
JOIN copies c ON c.orig_id = e.article_id AND (c.k - 1) / :per_event = e.copy_group;
\else
INSERT INTO partnership_mentions (event_id, article_id, evidence, evidence_start, evidence_length, company_a_as_written, company_a_start,
                                  company_b_as_written, company_b_start, trigger, trigger_start, stage, is_planned, confidence,
                                  date_day, date_month, date_precision, date_source, date_year, article_published_on)
SELECT e.event_id, c.new_id, e.evidence, greatest(e.pos - 20, 0), char_length(e.evidence), e.a_name, 0, e.b_name, 0, '合作', 0,
       e.stage, false, 0.8, extract(day FROM e.day), extract(month FROM e.day), 'Day', 'Published', extract(year FROM e.day),
       ((timestamptz '2015-01-01 09:00+08' + ((c.orig_id * 7919 + c.k * 104729) % 3650) * interval '1 day') AT TIME ZONE 'Asia/Shanghai')::date
FROM bench_events e
JOIN copies c ON c.orig_id = e.article_id AND (c.k - 1) / :per_event = e.copy_group;
\endif

-- The indexes and foreign keys again, each built once over the whole table.
SELECT create_sql FROM deferred_ddl ORDER BY step DESC \gexec
COMMIT;
-- VACUUM too: a database in use has its visibility maps set by autovacuum, which lets counts read indexes only.
VACUUM (ANALYZE) articles, article_sources, article_company_mentions, partnership_events, partnership_mentions, companies;
SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM partnership_events) AS events,
       (SELECT count(*) FROM partnership_mentions) AS mentions, (SELECT count(*) FROM article_company_mentions) AS company_mentions;
