// Draws the dashboard's charts from the same API the page's figures come from.
(function () {
  const main = document.getElementById('dashboard');
  // chart words in the page's language, written into the page from the message bundles
  const L = main ? main.dataset : {};
  const form = document.getElementById('pickers');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const a = document.getElementById('pick-a').value;
    const b = document.getElementById('pick-b').value;
    const q = new URLSearchParams({
      basis: document.getElementById('pick-basis').value,
      year: document.getElementById('pick-year').value,
      lang: document.getElementById('pick-lang').value,
    });
    window.location = '/pairs/' + a + '-' + b + '?' + q.toString();
  });
  if (typeof echarts === 'undefined') return;
  const mUsd = (v) => (v == null ? null : Math.round(v / 1e5) / 10);
  // numbers on axes and in tooltips with the page language's separators (ru: 1 234,5)
  const number = new Intl.NumberFormat(L.lang || 'en', { maximumFractionDigits: 2 });
  const localised = (option) => {
    [].concat(option.xAxis || [], option.yAxis || []).forEach((axis) => {
      if (axis.type === 'value' && !(axis.axisLabel && axis.axisLabel.formatter)) {
        axis.axisLabel = Object.assign({}, axis.axisLabel, { formatter: (v) => number.format(v) });
      }
    });
    if (option.tooltip && !option.tooltip.formatter && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = (v) => (typeof v === 'number' ? number.format(v) : v);
    }
    return option;
  };
  // the API names a pace in English words ("CAGR 2019–2024", "stated growth …"); the page's own
  // words for them come from the bundles, as on the cards
  const paceName = (pace) => {
    const m = /^(CAGR|stated growth) (.+)$/.exec(pace || '');
    if (!m) return pace;
    return (m[1] === 'CAGR' ? L.lPaceCagr : L.lPaceStated).replace('{0}', m[2]);
  };
  const plot = (id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    // drawn at once: a chart is whole when the page says it is ready, on screen and in print
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({ animation: false });
    const set = chart.setOption.bind(chart);
    chart.setOption = (option, ...rest) => set(localised(option), ...rest);
    return chart;
  };

  fetch(main.dataset.api).then((r) => r.json()).then((p) => {
    window.caravanProfile = p;
    drawSeries(p);
    drawTreemap(p);
    drawSectors(p);
    drawConcentration(p);
    drawMirror(p);
    main.dataset.ready = 'true';
  });

  function drawSeries(p) {
    const chart = plot('chart-series');
    if (!chart) return;
    const years = p.series.map((s) => s.year);
    const last = p.series.length ? p.series[p.series.length - 1] : null;
    const series = [
      { name: L.lTurnover, type: 'line', data: p.series.map((s) => [String(s.year), mUsd(s.turnoverUsd)]) },
      { name: L.lExports + ' ' + p.pair.a + '→' + p.pair.b, type: 'line', data: p.series.filter((s) => s.exportsUsd != null).map((s) => [String(s.year), mUsd(s.exportsUsd)]) },
      { name: L.lImports + ' ' + p.pair.a + '←' + p.pair.b, type: 'line', data: p.series.filter((s) => s.importsUsd != null).map((s) => [String(s.year), mUsd(s.importsUsd)]) },
      {
        name: L.lConflicts, type: 'scatter', symbolSize: 10,
        data: p.series.flatMap((s) => s.conflicts.map((c) => ({ value: [String(s.year), mUsd(c.valueUsd)], source: c.sourceId }))),
      },
    ];
    const cats = years.map(String);
    let yMax = null;
    if (p.target) {
      // Projections start where the target's paces were measured from (its base year), which for
      // an earlier chosen year is not the series' last point.
      const hasBase = p.target.baseYear != null && p.target.baseLevel != null;
      const lastYear = hasBase ? p.target.baseYear : last ? last.year : null;
      const lastLevel = hasBase ? p.target.baseLevel : last ? last.turnoverUsd : null;
      if (lastYear && lastLevel != null) {
        for (let y = lastYear; y <= p.target.byYear; y++) if (!cats.includes(String(y))) cats.push(String(y));
        cats.sort(); // four-digit years: a base year inside the series adds years between its points
        p.target.projections.forEach((proj) => {
          const line = [];
          for (let y = lastYear; y <= p.target.byYear; y++) {
            line.push([String(y), mUsd(lastLevel * Math.pow(1 + proj.rate, y - lastYear))]);
          }
          series.push({ name: L.lProjection + ': ' + paceName(proj.pace), type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: line });
        });
      }
      yMax = mUsd(p.target.valueUsd) * 1.15;
      series[0].markLine = { symbol: 'none', label: { formatter: L.lTarget + ' ' + number.format(mUsd(p.target.valueUsd)) }, data: [{ yAxis: mUsd(p.target.valueUsd) }] };
    }
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (it) => {
          const src = it.data && it.data.source ? ' — ' + it.data.source : '';
          return it.seriesName + ' ' + it.value[0] + ': ' + it.value[1] + ' ' + L.lMusd + src;
        },
      },
      legend: {},
      xAxis: { type: 'category', data: cats },
      yAxis: { type: 'value', name: L.lMusd, max: yMax ? (v) => Math.round(Math.max(v.max, yMax)) : null },
      series,
    });
  }

  function drawTreemap(p) {
    const chart = plot('chart-treemap');
    if (!chart || !p.baskets.length) return;
    const data = p.baskets.map((b) => {
      const chapters = {};
      b.chapters.forEach((c) => (chapters[c.code] = { name: c.code + ' ' + c.name, value: c.valueUsd, children: [] }));
      b.headings.forEach((h) => chapters[h.parent] && chapters[h.parent].children.push({ name: h.code + ' ' + h.name, value: h.valueUsd }));
      const sections = b.sections.map((s) => ({
        name: s.code + ' ' + s.name, value: s.valueUsd,
        children: b.chapters.filter((c) => c.parent === s.code).map((c) => chapters[c.code]),
      }));
      return { name: b.from + '→' + b.to, value: b.totalUsd, children: sections };
    });
    chart.setOption({
      tooltip: {},
      series: [{
        type: 'treemap', data, leafDepth: 2,
        levels: [{ itemStyle: { gapWidth: 3 } }, { colorMappingBy: 'index', itemStyle: { gapWidth: 1 } }, { colorSaturation: [0.35, 0.6] }],
      }],
    });
  }

  function drawSectors(p) {
    const chart = plot('chart-sectors');
    if (!chart || !p.baskets.length) return;
    const label = {};
    document.querySelectorAll('#sector-names li').forEach((li) => (label[li.dataset.code] = li.textContent));
    const names = p.baskets[0].sectors.map((s) => label[s.code] || s.code);
    chart.setOption({
      tooltip: {}, legend: {},
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', name: L.lMusd },
      series: p.baskets.map((b) => ({ name: b.from + '→' + b.to, type: 'bar', data: b.sectors.map((s) => mUsd(s.valueUsd)) })),
    });
  }

  function drawConcentration(p) {
    const chart = plot('chart-concentration');
    if (!chart || !p.baskets.length) return;
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: {},
      xAxis: { type: 'category' },
      yAxis: { type: 'value', min: 0, max: 1 },
      series: p.baskets.map((b) => ({ name: b.from + '→' + b.to, type: 'line', data: b.trend.map((c) => [c.period, c.hhiNormalized]) })),
    });
  }

  function drawMirror(p) {
    const chart = plot('chart-mirror');
    if (!chart || !p.mirror.length) return;
    chart.setOption({
      tooltip: {}, legend: {},
      xAxis: { type: 'category', data: p.mirror.map((m) => m.from + '→' + m.to) },
      yAxis: { type: 'value', name: L.lMusd },
      series: [
        { name: L.lExporter, type: 'bar', data: p.mirror.map((m) => mUsd(m.exportsUsd)) },
        { name: L.lImporter, type: 'bar', data: p.mirror.map((m) => mUsd(m.importsUsd)) },
      ],
    });
  }
})();
