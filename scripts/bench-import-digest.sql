-- What an import stored, without ids or clock times: one line per table, "table rows md5". scripts/bench-import.sh
-- compares these lines between the tree and BENCH_BASELINE: equal lines mean identical stored results.
WITH names AS (SELECT id, canonical_name AS name FROM companies)
SELECT 'articles', count(*), md5(string_agg(concat_ws('|', content_hash, title, published_at, published_offset_minutes, author, outlet, source_url,
         format, encoding, md5(clean_text), md5(sanitized_html), metadata_json, status, md5(search_vector::text)), E'\n' ORDER BY content_hash))
  FROM articles
UNION ALL
SELECT 'article_company_mentions', count(*), md5(string_agg(concat_ws('|', a.content_hash, c.name, g.name, m.as_written, m.start, m.length), E'\n'
         ORDER BY a.content_hash, m.start, c.name))
  FROM article_company_mentions m JOIN articles a ON a.id = m.article_id JOIN names c ON c.id = m.company_id JOIN names g ON g.id = m.group_id
UNION ALL
SELECT 'partnership_mentions', count(*), md5(string_agg(concat_ws('|', a.content_hash, ca.name, cb.name, m.evidence, m.evidence_start, m.evidence_length,
         m.company_a_as_written, m.company_a_start, m.company_b_as_written, m.company_b_start, m.trigger, m.trigger_start, m.stage, m.is_planned,
         m.confidence, m.date_year, m.date_month, m.date_day, m.date_precision, m.date_source, m.article_published_on, m.in_headline), E'\n'
         ORDER BY a.content_hash, m.evidence_start, ca.name, cb.name, m.trigger_start))
  FROM partnership_mentions m JOIN articles a ON a.id = m.article_id JOIN partnership_events e ON e.id = m.event_id
  JOIN names ca ON ca.id = e.company_a_id JOIN names cb ON cb.id = e.company_b_id
UNION ALL
SELECT 'partnership_events', count(*), md5(string_agg(concat_ws('|', ca.name, cb.name, e.stage, e.is_planned, e.sort_date, e.confidence, e.article_count,
         e.date_year, e.date_month, e.date_day, e.date_precision, e.date_source), E'\n'
         ORDER BY ca.name, cb.name, e.stage, e.sort_date, e.article_count, e.confidence))
  FROM partnership_events e JOIN names ca ON ca.id = e.company_a_id JOIN names cb ON cb.id = e.company_b_id
UNION ALL
SELECT 'companies', count(*), md5(string_agg(concat_ws('|', c.canonical_name, c.role, c.english_names, p.canonical_name, c.status), E'\n' ORDER BY c.canonical_name))
  FROM companies c LEFT JOIN companies p ON p.id = c.parent_id;
