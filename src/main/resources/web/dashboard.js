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
    // the target's horizon, where no source states one, is the reader's choice
    const ty = document.getElementById('pick-target-year');
    if (ty && ty.value) q.set('targetYear', ty.value);
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
  // the API names a pace by a code and its arguments (pace.cagr, pace.stated, pace.growth); the
  // page's own words for them come from the bundles, as on the cards
  const paceName = (proj) => {
    const t = { cagr: L.lPaceCagr, stated: L.lPaceStated, growth: L.lPaceGrowth }[proj.paceCode];
    if (!t) return proj.pace;
    return (proj.paceArgs || []).reduce((s, a, i) => s.split('{' + i + '}').join(a), t);
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

  // legends and series name countries in the page's language, never by their ISO codes
  let nameOf = (code) => code;
  const flow = (from, to) => nameOf(from) + ' → ' + nameOf(to);

  fetch(main.dataset.api).then((r) => r.json()).then((p) => {
    window.caravanProfile = p;
    const names = { [p.pair.a]: L.lNameA, [p.pair.b]: L.lNameB };
    nameOf = (code) => names[code] || code;
    drawSeries(p);
    drawTreemap(p);
    drawSectors(p);
    drawConcentration(p);
    drawMirror(p);
    main.dataset.ready = 'true';
  });

  // Years on a proportional time axis: 2007 stands seven years before 2014, not next to it.
  const yearAxis = (min, max) => ({
    type: 'value', min, max, minInterval: 1,
    axisLabel: { formatter: (v) => String(v) },
  });
  const num = (v) => (v == null ? '' : new Intl.NumberFormat(L.lang || 'en', { maximumFractionDigits: 1 }).format(v));

  function drawSeries(p) {
    const chart = plot('chart-series');
    if (!chart) return;
    const years = p.series.map((s) => s.year);
    const last = p.series.length ? p.series[p.series.length - 1] : null;
    const ranges = p.series.filter((s) => s.turnoverBound === 'range');
    const lower = p.series.filter((s) => s.turnoverBound === 'at_least');
    const upper = p.series.filter((s) => s.turnoverBound === 'at_most');
    const series = [
      { name: L.lTurnover, type: 'line', data: p.series.filter((s) => s.turnoverUsd != null).map((s) => [s.year, mUsd(s.turnoverUsd)]) },
      { name: L.lExports + ' ' + flow(p.pair.a, p.pair.b), type: 'line', data: p.series.filter((s) => s.exportsUsd != null).map((s) => [s.year, mUsd(s.exportsUsd)]) },
      { name: L.lImports + ' ' + nameOf(p.pair.a) + ' ← ' + nameOf(p.pair.b), type: 'line', data: p.series.filter((s) => s.importsUsd != null).map((s) => [s.year, mUsd(s.importsUsd)]) },
      {
        name: L.lConflicts, type: 'scatter', symbolSize: 10,
        data: p.series.flatMap((s) => s.conflicts.map((c) => ({ value: [s.year, mUsd(c.valueUsd)], source: c.sourceIds.join(', '), part: c.part }))),
      },
    ];
    if (ranges.length) {
      // a stated range as a band: an invisible line at the low end, the band's height stacked on it
      series.push({ name: L.lRange, type: 'line', stack: 'range', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false }, data: ranges.map((s) => [s.year, mUsd(s.turnoverLowUsd)]) });
      series.push({ name: L.lRange, type: 'line', stack: 'range', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { opacity: 0.25 }, data: ranges.map((s) => ({ value: [s.year, mUsd(s.turnoverHighUsd - s.turnoverLowUsd)], low: mUsd(s.turnoverLowUsd), high: mUsd(s.turnoverHighUsd) })) });
    }
    if (lower.length) {
      // a lower bound ("exceeded 340 m") as an upward mark at its low end, labelled "> 340"
      series.push({ name: L.lAtLeast, type: 'scatter', symbol: 'triangle', symbolSize: 12, label: { show: true, position: 'top', formatter: (it) => '> ' + num(it.value[1]) }, data: lower.map((s) => [s.year, mUsd(s.turnoverLowUsd)]) });
    }
    if (upper.length) {
      // an upper bound ("up to 15 m") as a downward mark at its high end, labelled "< 15"
      series.push({ name: L.lAtMost, type: 'scatter', symbol: 'triangle', symbolRotate: 180, symbolSize: 12, label: { show: true, position: 'bottom', formatter: (it) => '< ' + num(it.value[1]) }, data: upper.map((s) => [s.year, mUsd(s.turnoverHighUsd)]) });
    }
    let xMin = years.length ? Math.min(...years) : null;
    let xMax = years.length ? Math.max(...years) : null;
    let yMax = null;
    if (p.target) {
      // Projections start where the target's paces were measured from (its base year), which for
      // an earlier chosen year is not the series' last point.
      const hasBase = p.target.baseYear != null && p.target.baseLevel != null;
      const lastYear = hasBase ? p.target.baseYear : last ? last.year : null;
      const lastLevel = hasBase ? p.target.baseLevel : last ? last.turnoverUsd : null;
      if (lastYear && lastLevel != null) {
        xMax = Math.max(xMax == null ? lastYear : xMax, p.target.byYear);
        p.target.projections.forEach((proj) => {
          const line = [];
          for (let y = lastYear; y <= p.target.byYear; y++) {
            line.push([y, mUsd(lastLevel * Math.pow(1 + proj.rate, y - lastYear))]);
          }
          series.push({ name: L.lProjection + ': ' + paceName(proj), type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: line });
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
          if (it.data && it.data.low != null) return it.seriesName + ' ' + it.value[0] + ': ' + num(it.data.low) + '–' + num(it.data.high) + ' ' + L.lMusd;
          return it.seriesName + ' ' + it.value[0] + ': ' + num(it.value[1]) + ' ' + L.lMusd + src;
        },
      },
      legend: {},
      xAxis: yearAxis(xMin, xMax),
      yAxis: { type: 'value', name: L.lMusd, axisLabel: { formatter: (v) => num(v) }, max: yMax ? (v) => Math.round(Math.max(v.max, yMax)) : null },
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
      return { name: flow(b.from, b.to), value: b.totalUsd, children: sections };
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
      series: p.baskets.map((b) => ({ name: flow(b.from, b.to), type: 'bar', data: b.sectors.map((s) => mUsd(s.valueUsd)) })),
    });
  }

  function drawConcentration(p) {
    const chart = plot('chart-concentration');
    if (!chart || !p.baskets.length) return;
    chart.setOption({
      tooltip: { trigger: 'axis' }, legend: {},
      xAxis: yearAxis(null, null),
      yAxis: { type: 'value', min: 0, max: 1 },
      // trend periods are whole years: placed on the time axis as numbers
      series: p.baskets.map((b) => ({ name: flow(b.from, b.to), type: 'line', data: b.trend.map((c) => [Number(c.period), c.hhiNormalized]) })),
    });
  }

  function drawMirror(p) {
    const chart = plot('chart-mirror');
    if (!chart || !p.mirror.length) return;
    chart.setOption({
      tooltip: {}, legend: {},
      xAxis: { type: 'category', data: p.mirror.map((m) => flow(m.from, m.to)) },
      yAxis: { type: 'value', name: L.lMusd },
      series: [
        { name: L.lExporter, type: 'bar', data: p.mirror.map((m) => mUsd(m.exportsUsd)) },
        { name: L.lImporter, type: 'bar', data: p.mirror.map((m) => mUsd(m.importsUsd)) },
      ],
    });
  }
})();
