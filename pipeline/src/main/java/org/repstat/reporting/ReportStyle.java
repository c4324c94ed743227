package org.repstat.reporting;

/** The report's one stylesheet, written beside the pages: no web fonts, no CDN, works from file://. */
final class ReportStyle {

    private ReportStyle() {
    }

    static final String CSS = """
            :root { --ink: #282828; --muted: #5a5a5a; --line: #d9d9d9; --accent: #0072b2; }
            * { box-sizing: border-box; }
            body { font-family: "DejaVu Sans", Verdana, sans-serif; color: var(--ink); margin: 0; line-height: 1.45; }
            header.site { background: #f4f4f4; border-bottom: 1px solid var(--line); padding: 0.6rem 1.2rem; }
            header.site a { margin-right: 0.9rem; color: var(--accent); }
            main { max-width: 1500px; margin: 0 auto; padding: 1rem 1.2rem 3rem; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.2rem; } h3 { font-size: 1.02rem; }
            .pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.2rem; align-items: start; }
            figure { margin: 0; }
            figure img { width: 100%; max-width: 1100px; height: auto; border: 1px solid var(--line); }
            figcaption { color: var(--muted); font-size: 0.92rem; margin-top: 0.4rem; }
            .table-wrap { overflow: auto; max-height: 42rem; border: 1px solid var(--line); }
            table { border-collapse: collapse; font-size: 0.8rem; width: 100%; }
            td { max-width: 22rem; }
            th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; position: sticky; top: 0; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .status-pass { color: #00734d; } .status-fail { color: #b00020; font-weight: bold; }
            .status-warn { color: #a05a00; } .status-explained { color: #4b4b9b; }
            ul.sources li { margin-bottom: 0.3rem; }
            .note { color: var(--muted); font-size: 0.92rem; }
            """;
}
