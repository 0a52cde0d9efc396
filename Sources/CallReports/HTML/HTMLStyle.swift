/// The page's stylesheet, inline so that report.html needs nothing else.
enum HTMLStyle {
    /// The colours of the eight TTFA stages, in `StageBreakdownChart.stageNames` order.
    static let stageColors = ["#94a3b8", "#7c3aed", "#0891b2", "#db2777", "#ea580c", "#ca8a04", "#16a34a", "#2563eb"]

    /// The colour of each timeline lane.
    static let laneColors: KeyValuePairs<String, String> = [
        "caller": "#2563eb", "agent": "#16a34a", "vad": "#64748b", "endpoint": "#7c3aed", "stt": "#0891b2",
        "brain": "#db2777", "tool": "#ea580c", "tts": "#65a30d", "line": "#dc2626", "other": "#475569",
    ]

    /// The whole stylesheet.
    static var css: String {
        let stages = stageColors.enumerated().map { ".s\($0.offset) { fill: \($0.element); background: \($0.element); }" }
        let lanes = laneColors.map { ".lane-\($0.key) { fill: \($0.value); stroke: \($0.value); }" }
        return ([base] + stages + lanes).joined(separator: "\n")
    }

    private static let base = """
    :root { color-scheme: light; --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --bg-soft: #f8fafc;
            --bad: #b42318; --bad-bg: #fef3f2; --good: #067647; --good-bg: #ecfdf3; --warn: #b54708; --warn-bg: #fffaeb; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--fg); background: #fff;
           font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    main { max-width: 1320px; margin: 0 auto; padding: 0 24px 48px; }
    h1 { font-size: 24px; margin: 24px 0 8px; }
    h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 16px; margin: 22px 0 8px; }
    h4 { font-size: 14px; margin: 16px 0 6px; color: #374151; }
    a { color: #1d4ed8; }
    code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace; font-size: 12.5px; }
    nav.toc { display: flex; flex-wrap: wrap; gap: 6px 16px; margin: 12px 0; padding: 8px 12px; background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px; }
    nav.toc .files { margin-left: auto; }
    dl.facts { display: flex; flex-wrap: wrap; gap: 4px 28px; margin: 8px 0; }
    dl.facts div { display: flex; gap: 6px; align-items: baseline; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; font-weight: 600; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; vertical-align: 1px; }
    .badge.pass, .improvement .badge { color: var(--good); background: var(--good-bg); border: 1px solid #abefc6; }
    .badge.fail, .regression .badge { color: var(--bad); background: var(--bad-bg); border: 1px solid #fecdca; }
    .badge.warn { color: var(--warn); background: var(--warn-bg); border: 1px solid #fedf89; }
    .badge.info { color: #344054; background: #f2f4f7; border: 1px solid #d0d5dd; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fff; }
    .card .label { color: var(--muted); font-size: 12.5px; }
    .card .value { font-size: 22px; font-weight: 650; margin: 2px 0; }
    .card .sub { color: #374151; font-size: 12.5px; }
    .card .note { color: var(--warn); font-size: 12px; margin-top: 4px; }
    .card.bad { border-color: #fecdca; background: var(--bad-bg); }
    .card.good { border-color: #abefc6; background: var(--good-bg); }
    table { border-collapse: collapse; margin: 6px 0 12px; }
    th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
    th { background: var(--bg-soft); font-weight: 600; font-size: 13px; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    tr.regression td { color: var(--bad); background: var(--bad-bg); }
    tr.improvement td { color: var(--good); background: var(--good-bg); }
    tr.failed td:first-child { border-left: 3px solid var(--bad); }
    table.transcript { width: 100%; table-layout: fixed; }
    table.calls td, table.tools td:nth-child(2) { white-space: nowrap; }
    table.calls td:last-child { white-space: normal; }
    table.transcript td { overflow-wrap: anywhere; }
    table.transcript td:nth-child(n+5) { white-space: nowrap; overflow-wrap: normal; }
    pre.alignment { margin: 6px 0 0; padding: 6px 8px; background: var(--bg-soft); border: 1px solid var(--line); border-radius: 4px;
                    overflow-x: auto; white-space: pre; line-height: 1.5; }
    pre.alignment .sub { background: #fde68a; }
    pre.alignment .del { background: #fecaca; }
    pre.alignment .ins { background: #bfdbfe; }
    .key span { padding: 0 4px; margin-right: 6px; }
    .key .sub { background: #fde68a; } .key .del { background: #fecaca; } .key .ins { background: #bfdbfe; }
    pre.result { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 12em; overflow-y: auto; }
    ul.failures { margin: 6px 0; padding: 8px 12px 8px 30px; background: var(--bad-bg); border: 1px solid #fecdca; border-radius: 6px; color: var(--bad); }
    section.call { margin-top: 28px; padding-top: 4px; border-top: 3px solid var(--line); }
    section.call.failed { border-top-color: #fda29b; }
    .muted { color: var(--muted); }
    .small { font-size: 12.5px; }
    .charts { display: flex; flex-wrap: wrap; gap: 16px; }
    figure { margin: 0; }
    figcaption { color: var(--muted); font-size: 12.5px; margin-top: 2px; }
    ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 6px 0; font-size: 12.5px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
    .scroll { overflow-x: auto; }
    svg.chart { max-width: 100%; height: auto; display: block; }
    svg.chart text { font-size: 11px; fill: #374151; }
    svg.chart .axis-title { font-size: 12px; fill: var(--muted); }
    svg.chart .row-label { font-size: 11.5px; }
    svg.chart .grid { stroke: #eef0f3; stroke-width: 1; }
    svg.chart .axis { stroke: #9ca3af; stroke-width: 1; }
    svg.chart .bar { fill: #5b8def; }
    svg.chart .bar:hover, svg.chart rect.span:hover { opacity: 0.75; }
    svg.chart .cdf { fill: none; stroke: #2563eb; stroke-width: 2; }
    svg.chart .marker { stroke-width: 1.5; stroke-dasharray: 5 4; }
    svg.chart .p50 .marker, svg.chart .p50.marker { stroke: #059669; }
    svg.chart .p95 .marker, svg.chart .p95.marker { stroke: #d97706; }
    svg.chart .level { stroke: #9ca3af; stroke-dasharray: 2 3; }
    svg.chart .marker-label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
    svg.chart .p50 text { fill: #047857; font-weight: 600; }
    svg.chart .p95 text { fill: #b45309; font-weight: 600; }
    svg.chart .lane-band { fill: #f8fafc; }
    svg.chart rect.span { stroke: none; }
    svg.chart line.instant { stroke-width: 2.5; }
    svg.chart .span-label { font-size: 10.5px; fill: #fff; pointer-events: none; }
    svg.chart .spark { fill: none; stroke: #2563eb; stroke-width: 1.5; }
    svg.chart .spark-dot { fill: #2563eb; }
    svg.chart .spark-dot.last { fill: #111827; }
    .trend { display: flex; flex-wrap: wrap; gap: 12px 32px; }
    audio { width: 420px; max-width: 100%; vertical-align: middle; }
    @media print { nav.toc, audio { display: none; } section.call { break-before: page; } }
    """
}
