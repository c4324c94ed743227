-- The records import and aggregate of `repstat records` as ONE DuckDB query over the raw CSVs: the baseline that
-- `repstat records bench` times against Spark end to end (CSV → aggregates). It returns the columns, and the
-- grouping sets, of RecordAggregate.SQL, so the bench turns both engines' counts into the same long table and
-- compares them row for row.
--
-- Rerun it in the duckdb CLI, from the repository root:
--   duckdb -cmd "SET VARIABLE records_csv = 'target/repstat/bench/records/SYNTHETIC-n1000000-seed1/input/*.csv'" \
--          < datasets/records/bench/records-duckdb.sql
--
-- What it does as the Java import does (RecordParser, RecordDates, NormalisationRules):
--   * every column read as text; a record with a field missing is rejected (null_padding leaves `synthetic` null);
--   * a record is rejected when the name is empty, `synthetic` is not SYNTHETIC, the birth year is not a year in
--     1840–1945, or a date present is not YYYY, MM.YYYY, DD.MM.YYYY or YYYY-MM-DD naming a calendar day in 1917–2030;
--   * the sentence and the sentencing body are classified by the rules of datasets/records/sentence-categories.csv
--     and sentencing-bodies.csv, written out below in priority order (first match wins) against the text lower-cased,
--     ё as е, runs of blanks as one space. DuckDB's regular expressions (RE2) have no look-ahead and an ASCII-only
--     \b: a look-ahead is written as a second condition, a \b beside a Cyrillic letter as an explicit class.
-- What it does not do: write records.parquet, the rejects with their reasons, or the accounts. It is the work a
-- columnar engine needs for the same counts, not the same promises.
-- A partial date as RecordDates reads it, struct(y, m); NULL when the text names no date in 1917–2030.
-- partial_date takes the text without a trailing "г." or "года" (date_text), as RecordDates does.
CREATE OR REPLACE TEMP MACRO date_text(raw) AS regexp_replace(trim(raw), '\s*(г\.?|года?)$', '');
CREATE OR REPLACE TEMP MACRO slow_partial_date(t) AS (
    CASE
        WHEN regexp_matches(t, '^\d{4}$') THEN
            CASE WHEN CAST(t AS INTEGER) BETWEEN 1917 AND 2030 THEN {'y': CAST(t AS INTEGER), 'm': NULL::INTEGER} END
        WHEN regexp_matches(t, '^\d{1,2}\.\d{4}$') THEN
            CASE WHEN CAST(split_part(t, '.', 2) AS INTEGER) BETWEEN 1917 AND 2030
                      AND CAST(split_part(t, '.', 1) AS INTEGER) BETWEEN 1 AND 12
                 THEN {'y': CAST(split_part(t, '.', 2) AS INTEGER), 'm': CAST(split_part(t, '.', 1) AS INTEGER)} END
        WHEN regexp_matches(t, '^\d{1,2}\.\d{1,2}\.\d{4}$') THEN
            CASE WHEN year(try_strptime(t, '%d.%m.%Y')) BETWEEN 1917 AND 2030
                 THEN {'y': year(try_strptime(t, '%d.%m.%Y')), 'm': month(try_strptime(t, '%d.%m.%Y'))} END
        WHEN regexp_matches(t, '^\d{4}-\d{2}$') THEN
            CASE WHEN CAST(left(t, 4) AS INTEGER) BETWEEN 1917 AND 2030 AND CAST(right(t, 2) AS INTEGER) BETWEEN 1 AND 12
                 THEN {'y': CAST(left(t, 4) AS INTEGER), 'm': CAST(right(t, 2) AS INTEGER)} END
        WHEN regexp_matches(t, '^\d{4}-\d{2}-\d{2}$') THEN
            CASE WHEN year(try_strptime(t, '%Y-%m-%d')) BETWEEN 1917 AND 2030
                 THEN {'y': year(try_strptime(t, '%Y-%m-%d')), 'm': month(try_strptime(t, '%Y-%m-%d'))} END
    END
);

-- t: the trimmed text; p: t read as DD.MM.YYYY (NULL otherwise), parsed once. The common case without regular
-- expressions, as RecordDates does; every other form as above.
CREATE OR REPLACE TEMP MACRO record_date(t, p) AS (
    CASE
        WHEN p IS NOT NULL THEN
            CASE WHEN year(p) BETWEEN 1917 AND 2030 THEN {'y': year(p), 'm': month(p)} END
        ELSE slow_partial_date(date_text(t))
    END
);

WITH raw AS (
    SELECT *
    FROM read_csv(getvariable('records_csv'), header = true, all_varchar = true, null_padding = true,
                  quote = '"', escape = '"', delim = ',')
),
typed AS (
    SELECT
        coalesce(trim(person_name), '') <> ''
            AND trim(synthetic) = 'SYNTHETIC'
            AND (coalesce(trim(birth_year), '') = ''
                 OR (CASE WHEN length(trim(birth_year)) = 4 AND try_cast(trim(birth_year) AS INTEGER) IS NOT NULL
                          THEN try_cast(trim(birth_year) AS INTEGER) BETWEEN 1840 AND 1945 -- 1898, the common case
                          ELSE regexp_matches(trim(birth_year), '^\d{4}(\s*(г\.?\s*р\.?|г\.?|года?))?$')
                               AND CAST(left(trim(birth_year), 4) AS INTEGER) BETWEEN 1840 AND 1945 END))
            AND (t_arrest = '' OR d_arrest IS NOT NULL)
            AND (t_sentence = '' OR d_sentence IS NOT NULL)
            AND (t_execution = '' OR d_execution IS NOT NULL)
            AND (t_rehabilitation = '' OR d_rehabilitation IS NOT NULL) AS ok,
        d_sentence, d_execution,
        coalesce(region, '') AS region_raw, coalesce(sentencing_body, '') AS body_raw, coalesce(sentence, '') AS sentence_raw
    FROM (
        SELECT *,
            CASE WHEN t_arrest <> '' THEN record_date(t_arrest, p_arrest) END AS d_arrest,
            CASE WHEN t_sentence <> '' THEN record_date(t_sentence, p_sentence) END AS d_sentence,
            CASE WHEN t_execution <> '' THEN record_date(t_execution, p_execution) END AS d_execution,
            CASE WHEN t_rehabilitation <> '' THEN record_date(t_rehabilitation, p_rehabilitation) END AS d_rehabilitation
        FROM (
            SELECT *,
                CASE WHEN length(t_arrest) = 10 THEN try_strptime(t_arrest, '%d.%m.%Y') END AS p_arrest,
                CASE WHEN length(t_sentence) = 10 THEN try_strptime(t_sentence, '%d.%m.%Y') END AS p_sentence,
                CASE WHEN length(t_execution) = 10 THEN try_strptime(t_execution, '%d.%m.%Y') END AS p_execution,
                CASE WHEN length(t_rehabilitation) = 10 THEN try_strptime(t_rehabilitation, '%d.%m.%Y') END AS p_rehabilitation
            FROM (
                SELECT *, coalesce(trim(arrest_date), '') AS t_arrest, coalesce(trim(sentence_date), '') AS t_sentence,
                       coalesce(trim(execution_date), '') AS t_execution,
                       coalesce(trim(rehabilitation_date), '') AS t_rehabilitation
                FROM raw
            )
        )
    )
),
-- only what the counts need is kept (materialised once: the distinct texts below and the join read it)
kept AS MATERIALIZED (
    SELECT d_sentence.y AS sentence_year, d_sentence.m AS sentence_month, d_execution.y AS execution_year,
           region_raw, body_raw, sentence_raw
    FROM typed
    WHERE ok
),
-- each distinct text is normalised and classified once, then joined back: what the import's caches do
regions AS (
    SELECT region_raw, nullif(regexp_replace(trim(region_raw), '\s+', ' ', 'g'), '') AS region
    FROM (SELECT DISTINCT region_raw FROM kept)
),
bodies AS (
    SELECT body_raw,
        CASE
            WHEN body_text = '' THEN 'unknown'
            WHEN regexp_matches(body_text, 'двойк|комисси\S* нквд( ссср)? и прокур|^нквд и прокур\S* ссср|dvoika|dvoyka|commission of the nkvd and the procurator') THEN 'dvoika'
            WHEN regexp_matches(body_text, 'тройк|troika|troyka|triumvirate|(^|[^\pL\pN_])ос\. ?тр\.') THEN 'troika'
            WHEN regexp_matches(body_text, 'вквс|военн\S* коллеги|military collegium|(^|[^\pL\pN_])вк вс([^\pL\pN_]|$)') THEN 'military_collegium'
            WHEN regexp_matches(body_text, '^осо([^\pL\pN_]|$)|(^|[^\pL\pN_])осо нквд|(^|[^\pL\pN_])осо при|^ос (при|нквд|огпу|мгб)([^\pL\pN_]|$)|особ\S* совещани|special board|special council|\boso\b') THEN 'special_board'
            WHEN regexp_matches(body_text, 'трибунал|(^|[^\pL\pN_])суд([^\pL\pN_]|$)|(^|[^\pL\pN_])суда([^\pL\pN_]|$)|судом|суд\S* орган|облсуд|крайсуд|губсуд|нарсуд|горсуд|райсуд|окрсуд|верховн\S* суд|областн\S* суд|краев\S* суд|народн\S* суд|коллеги\S* огпу|спецколлеги|tribunal|court|collegium of the ogpu|^вт([^\pL\pN_]|$)|коллеги\S* \S*чк|коллеги\S* \S*гпу') THEN 'other_body'
            WHEN regexp_matches(body_text, '(^|[^\pL\pN_])рик([^\pL\pN_]|$)|райисполком|исполком|сельсовет|(^|[^\pL\pN_])с/с([^\pL\pN_]|$)|собрани\S* бедноты|общ\S* собрани|президиум\S* цик|(^|[^\pL\pN_])цик([^\pL\pN_]|$)|(^|[^\pL\pN_])вцик([^\pL\pN_]|$)|органы исполнительной власти|(^|[^\pL\pN_])кик([^\pL\pN_]|$)|местн\S* орган\S* власти|органов гос\.\s?власти') THEN 'administrative_body'
            WHEN regexp_matches(body_text, '^(неизвестно|нет данных|не указан\S*|н/д|\?+|-+|–|unknown|n/a|not known)$') THEN 'unknown'
            ELSE 'unrecognised'
        END AS sentencing_body
    FROM (SELECT body_raw, replace(lower(regexp_replace(trim(body_raw), '\s+', ' ', 'g')), 'ё', 'е') AS body_text
          FROM (SELECT DISTINCT body_raw FROM kept))
),
sentences AS (
    SELECT sentence_raw,
        CASE
            WHEN sentence_text = '' THEN 'unknown'
            WHEN regexp_matches(sentence_text, 'без права переписки') THEN 'unknown'
            WHEN regexp_matches(sentence_text, 'вмн|высш\S* мер|расстрел|смертн\S* казн|\bvmn\b|\bshot\b|death|execution|highest measure') THEN 'death'
            WHEN regexp_matches(sentence_text, 'итл|(^|[^\pL\pN_])лаг\S*|тюрьм|тюремн|лишени\S* свобод|лишен\S* свобод|лиш\. ?св|(^|[^\pL\pN_])л\. ?л\. ?с\.|(^|[^\pL\pN_])л\. ?с\.|(^|[^\pL\pN_])л/св?([^\pL\pN_]|$)|концлагер|заключени\S* в (концлагер|лагер|итк|тюрьм)|\d+ (лет|года|г\.|л\.) заключени|\bitl\b|labou?r camp|\bcamps?\b|prison|\bgulag\b') THEN 'camps'
            WHEN regexp_matches(sentence_text, 'спецпоселени|спецпереселен|(^|[^\pL\pN_])с/п([^\pL\pN_]|$)|м\.\s?с/п|раскулач|по нац\S*\.?\s?призн|трударми|лиш\S* избирательн|выселен|выселены|депортац|административн\S* порядк|кулацк\S* семь|в составе семьи|родил\S* на спецпоселени|род\. на спецпоселени|выслан\S* как (кулак|член\S* семьи|чечен|ингуш|калмык|немец|немк|балкар|карача|крымск|поляк|польк|грек|гречанк|финн|финк|корее?ц|кореянк)') THEN 'administrative'
            WHEN regexp_matches(sentence_text, 'ссылк|высылк|сослан|выслан|(^|[^\pL\pN_])минус([^\pL\pN_]|$)|exile|deport|лиш\S* ?прав\S* ?прож') THEN 'exile'
            WHEN regexp_matches(sentence_text, 'услов|suspended') THEN 'other'
            WHEN (regexp_matches(sentence_text, '^(к |на )?\d+(,\s*\d+)? ?(лет|года|год|г\.|л\.|мес\S*)([^а-я]|$)')
                  AND NOT regexp_matches(sentence_text, '^(к |на )?\d+(,\s*\d+)? ?(лет|года|год|г\.|л\.|мес\S*)([^а-я]|$).*(штраф|исправ\S*-?труд|принуд\S*\s?работ|(^|[^\pL\pN_])итр([^\pL\pN_]|$)|гласн\S* надзор)'))
                 OR regexp_matches(sentence_text, '^\d+ years?$') THEN 'camps'
            WHEN regexp_matches(sentence_text, 'штраф|исправ\S*-?труд\S* работ|принуд\S*\s?работ|(^|[^\pL\pN_])итр([^\pL\pN_]|$)|поражени\S* в прав|гласн\S* надзор|\bfine\b|other measure') THEN 'other'
            WHEN regexp_matches(sentence_text, 'освобож|прекращ|оправда|released|acquitted|case closed|dropped|не суди') THEN 'not_sentenced'
            WHEN regexp_matches(sentence_text, '^(неизвестно|нет данных|не указан\S*|н/д|\?+|-+|–|unknown|n/a|not known|решени\S* по делу нет|предъявлено обвинение|окончательного решения по делу не принято|сведений об осуждении.*нет)\.?$|^(в )?(\d{1,2} [а-я]+ )?\d{4} г\.?$') THEN 'unknown'
            ELSE 'unrecognised'
        END AS sentence_category
    FROM (SELECT sentence_raw, replace(lower(regexp_replace(trim(sentence_raw), '\s+', ' ', 'g')), 'ё', 'е') AS sentence_text
          FROM (SELECT DISTINCT sentence_raw FROM kept))
),
classified AS (
    SELECT k.sentence_year, k.sentence_month, k.execution_year, r.region, b.sentencing_body, s.sentence_category
    FROM kept k
    JOIN regions r USING (region_raw)
    JOIN bodies b USING (body_raw)
    JOIN sentences s USING (sentence_raw)
)
SELECT grouping(sentence_month) AS g_month, grouping(sentencing_body) AS g_body,
       grouping(region) AS g_region, grouping(execution_year) AS g_execution,
       sentence_year, sentence_month, sentencing_body, region, sentence_category, execution_year,
       count(*) AS n
FROM classified
GROUP BY GROUPING SETS ((sentence_year, sentence_category),
                        (sentence_year, sentence_month, sentence_category),
                        (sentence_year, sentencing_body, sentence_category),
                        (sentence_year, region, sentence_category),
                        (execution_year));
