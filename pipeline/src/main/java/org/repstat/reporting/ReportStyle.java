package org.repstat.reporting;

/**
 * The report's one stylesheet, written beside the pages: no web fonts, no CDN, works from file://. Built for a
 * 390-pixel phone first: text never scrolls sideways, wide tables scroll inside their own box, charts shrink to the
 * screen (their text is repeated in the tables), and the navigation wraps with the current page marked.
 */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root { --ink: #282828; --muted: #5a5a5a; --line: #d9d9d9; --accent: #0072b2; --soft: #f4f4f4; }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { font-family: "DejaVu Sans", Verdana, sans-serif; color: var(--ink); margin: 0; line-height: 1.5; font-size: 1rem; overflow-wrap: anywhere; }
            header.site { background: var(--soft); border-bottom: 1px solid var(--line); padding: 0.5rem 1rem; }
            header.site nav { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.95rem; }
            header.site a { color: var(--accent); text-decoration: none; padding: 0.15rem 0; }
            header.site a[aria-current="page"] { color: var(--ink); font-weight: bold; border-bottom: 2px solid var(--accent); }
            main { max-width: 1100px; margin: 0 auto; padding: 1rem 1rem 3rem; }
            h1 { font-size: 1.55rem; line-height: 1.25; } h2 { font-size: 1.2rem; margin-top: 2.2rem; line-height: 1.3; } h3 { font-size: 1rem; }
            p.question { font-size: 1.1rem; color: var(--muted); }
            figure { margin: 0; }
            figure img { display: block; width: 100%; max-width: 1000px; height: auto; border: 1px solid var(--line); }
            figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 0.4rem; }
            .table-wrap { overflow: auto; max-height: 36rem; border: 1px solid var(--line); margin: 0.6rem 0; -webkit-overflow-scrolling: touch; }
            table { border-collapse: collapse; font-size: 0.82rem; width: max-content; min-width: 100%; overflow-wrap: normal; }
            caption { text-align: left; padding: 0.3rem 0.45rem; }
            th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
            td { max-width: 22rem; }
            th { background: var(--soft); position: sticky; top: 0; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .keys { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.8rem; margin: 1.2rem 0; }
            .key { border: 1px solid var(--line); border-left: 4px solid var(--accent); padding: 0.6rem 0.8rem; background: #fff; }
            .key .figure { font-size: 1.5rem; font-weight: bold; display: block; }
            .key .what { display: block; }
            .key .from { color: var(--muted); font-size: 0.85rem; display: block; margin-top: 0.3rem; }
            .trust { background: var(--soft); border: 1px solid var(--line); padding: 0.5rem 0.8rem; }
            .status-pass { color: #00734d; } .status-fail { color: #b00020; font-weight: bold; }
            .status-warn { color: #a05a00; } .status-explained { color: #4b4b9b; }
            ul.sources li { margin-bottom: 0.3rem; }
            .note { color: var(--muted); font-size: 0.92rem; }
            details summary { cursor: pointer; color: var(--accent); }
            code { overflow-wrap: anywhere; }
            .chart-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
            .swipe { display: none; }
            @media (max-width: 700px) {
              header.site nav { flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; padding-bottom: 0.2rem; }
              main { padding: 0.8rem 0.8rem 2rem; }
              h1 { font-size: 1.35rem; }
              .chart-wrap figure img { width: 860px; max-width: none; }
              .swipe { display: block; color: var(--muted); font-size: 0.85rem; }
            }
            """;
}
