-- The queries that serve the pages scripts/bench-web.sh measures, as the app sends them (EF Core's SQL from its
-- command log, and the hand-written SQL of EventCards), each run under EXPLAIN (ANALYZE, BUFFERS) so that the
-- benchmark's output shows which index serves each and how many buffers it touched. Parameters are psql
-- variables set by bench-web.sh: :huawei and :baic (group ids), :'common' and :'rare' (one-word tsqueries),
-- :ids (the first timeline page's event ids, as an array literal), :deep (the offset of a page half way down).
-- When a page's query changes, change it here.
\set ON_ERROR_STOP on
\pset pager off
\set explain 'EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF, SUMMARY ON)'

\echo '### Reference data (once per data change): hidden events, visible totals'
:explain SELECT DISTINCT p.event_id FROM partnership_mentions AS p JOIN articles AS a ON p.article_id = a.id
WHERE a.status = 'Missing' AND NOT EXISTS (
  SELECT 1 FROM partnership_mentions AS p0 JOIN articles AS a0 ON p0.article_id = a0.id WHERE p0.event_id = p.event_id AND a0.status = 'Active');
:explain SELECT count(*)::int, count(*) FILTER (WHERE sort_date IS NOT NULL)::int FROM partnership_events;

\echo '### Timeline, page 1: the page of ids'
:explain SELECT p.id FROM partnership_events AS p WHERE p.sort_date IS NOT NULL
ORDER BY p.sort_date DESC, p.date_precision = 'Year', p.id DESC LIMIT 30 OFFSET 0;
\echo '### Timeline, a page half way down (deep page)'
:explain SELECT p.id FROM partnership_events AS p WHERE p.sort_date IS NOT NULL
ORDER BY p.sort_date DESC, p.date_precision = 'Year', p.id DESC LIMIT 30 OFFSET :deep;

\echo '### Event cards of a page: events with their present-article counts'
:explain SELECT p.id, p.stage, p.is_planned, p.article_count, p.company_a_id, p.company_b_id, p.confidence, p.sort_date, p.date_day, p.date_month, p.date_precision, p.date_source, p.date_year, (
    SELECT count(*)::int FROM (SELECT DISTINCT p0.article_id FROM partnership_mentions AS p0 INNER JOIN articles AS a ON p0.article_id = a.id
                               WHERE p.id = p0.event_id AND a.status = 'Active') AS s)
FROM partnership_events AS p WHERE p.id = ANY (:'ids'::bigint[]);
\echo '### Event cards: lead mention of each event'
:explain SELECT w.event_id, l.article_id, l.evidence
FROM unnest(:'ids'::bigint[]) AS w(event_id)
CROSS JOIN LATERAL (
    SELECT m.* FROM partnership_mentions AS m
    JOIN articles AS a ON a.id = m.article_id
    JOIN partnership_events AS e ON e.id = m.event_id
    WHERE m.event_id = w.event_id AND a.status = 'Active'
    ORDER BY (m.date_precision <> 'None' AND m.date_year IS NOT DISTINCT FROM e.date_year
              AND (e.date_month IS NULL OR m.date_month = e.date_month)
              AND (e.date_day IS NULL OR m.date_day = e.date_day)) DESC,
             (m.date_source = e.date_source) DESC, (m.stage = e.stage) DESC, m.confidence DESC, m.id
    LIMIT 1) AS l;
\echo '### Event cards: newest three present articles of each event'
:explain SELECT w.event_id, x.id, x.title
FROM unnest(:'ids'::bigint[]) AS w(event_id)
CROSS JOIN LATERAL (
    SELECT a.id, a.title, a.outlet, a.published_at, a.published_offset_minutes FROM articles AS a
    WHERE a.status = 'Active' AND a.id IN (SELECT m.article_id FROM partnership_mentions AS m WHERE m.event_id = w.event_id)
    ORDER BY a.published_at DESC NULLS LAST, a.id
    LIMIT 3) AS x;

\echo '### Company page (华为): partner lanes'
:explain SELECT p0."PartnerId", p0."Year", p0.stage, count(*)::int
FROM (SELECT p.stage, CASE WHEN p.company_a_id = :huawei THEN p.company_b_id ELSE p.company_a_id END AS "PartnerId",
             CASE WHEN p.sort_date IS NOT NULL THEN date_part('year', p.sort_date)::int END AS "Year"
      FROM partnership_events AS p WHERE p.company_a_id = :huawei OR p.company_b_id = :huawei) AS p0
GROUP BY p0."PartnerId", p0."Year", p0.stage;
\echo '### Company page (华为): latest events'
:explain SELECT p.id FROM partnership_events AS p
WHERE (p.company_a_id = :huawei OR p.company_b_id = :huawei) AND p.sort_date IS NOT NULL
ORDER BY p.sort_date DESC, p.date_precision = 'Year', p.id DESC LIMIT 8 OFFSET 0;

\echo '### Filtered timeline (北汽, partner role tech, 2018-01..2021-12): count'
:explain SELECT count(*)::int AS "Total", count(*) FILTER (WHERE s.sort_date IS NOT NULL)::int AS "Dated"
FROM (SELECT p.sort_date, 1 AS "Key" FROM partnership_events AS p
      INNER JOIN companies AS c ON p.company_b_id = c.id INNER JOIN companies AS c0 ON p.company_a_id = c0.id
      WHERE (p.company_a_id = :baic OR p.company_b_id = :baic)
        AND CASE WHEN p.company_a_id = :baic THEN c.role = 'Tech' ELSE c0.role = 'Tech' END
        AND p.sort_date >= '2018-01-01' AND p.sort_date <= '2021-12-31') AS s
GROUP BY s."Key" LIMIT 2;
\echo '### Filtered timeline: the page of ids'
:explain SELECT p.id FROM partnership_events AS p
INNER JOIN companies AS c ON p.company_b_id = c.id INNER JOIN companies AS c0 ON p.company_a_id = c0.id
WHERE (p.company_a_id = :baic OR p.company_b_id = :baic)
  AND CASE WHEN p.company_a_id = :baic THEN c.role = 'Tech' ELSE c0.role = 'Tech' END
  AND p.sort_date >= '2018-01-01' AND p.sort_date <= '2021-12-31' AND p.sort_date IS NOT NULL
ORDER BY p.sort_date DESC, p.date_precision = 'Year', p.id DESC LIMIT 30 OFFSET 0;

\echo '### Search, common word: newest 200 matches ranked'
:explain SELECT a.id FROM articles AS a
WHERE a.id IN (SELECT a0.id FROM articles AS a0 WHERE a0.status = 'Active' AND a0.search_vector @@ :'common'::tsquery
               ORDER BY a0.published_at IS NOT NULL DESC, a0.published_at DESC, a0.id DESC LIMIT 200)
ORDER BY ts_rank(a.search_vector, :'common'::tsquery) DESC, a.published_at IS NOT NULL DESC, a.published_at DESC, a.id DESC
LIMIT 21 OFFSET 0;
\echo '### Search, rare word: count (below the estimate limit) and newest 200 matches ranked'
:explain SELECT count(*)::int FROM articles AS a WHERE a.status = 'Active' AND a.search_vector @@ :'rare'::tsquery;
:explain SELECT a.id FROM articles AS a
WHERE a.id IN (SELECT a0.id FROM articles AS a0 WHERE a0.status = 'Active' AND a0.search_vector @@ :'rare'::tsquery
               ORDER BY a0.published_at IS NOT NULL DESC, a0.published_at DESC, a0.id DESC LIMIT 200)
ORDER BY ts_rank(a.search_vector, :'rare'::tsquery) DESC, a.published_at IS NOT NULL DESC, a.published_at DESC, a.id DESC
LIMIT 21 OFFSET 0;
