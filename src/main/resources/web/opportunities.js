// The opportunities page's two charts (issue 13 §2): A's product space with the opportunities
// marked, and the RCA of both sides side by side. Both read the page's own API addresses; the
// ranked list itself is in the page, so it reads without script.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;

  function get(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) throw new Error(url + ': ' + r.status);
      return r.json();
    });
  }

  var space = document.getElementById('opp-space');
  if (space) {
    get(space.dataset.api).then(function (g) {
      var names = { export: space.dataset.lExport, opportunity: space.dataset.lOpportunity };
      var chart = echarts.init(space);
      chart.setOption({
        tooltip: {
          formatter: function (p) {
            if (p.dataType !== 'node') return p.data.source + ' – ' + p.data.target + ': ' + p.data.value.toFixed(3);
            return p.data.id + ' ' + p.data.label + '<br>RCA ' + p.data.rca.toFixed(2) + ' · PCI ' + p.data.pci.toFixed(2);
          }
        },
        legend: { data: [names.export, names.opportunity] },
        series: [{
          type: 'graph',
          layout: 'force',
          roam: true,
          draggable: true,
          force: { repulsion: 40, edgeLength: [10, 60], gravity: 0.08 },
          categories: [{ name: names.export }, { name: names.opportunity }],
          data: g.nodes.map(function (n) {
            return {
              id: n.id, name: n.id, label: n.name, rca: n.rca, pci: n.pci,
              category: n.kind === 'opportunity' ? 1 : 0,
              symbolSize: n.kind === 'opportunity' ? 11 : 6
            };
          }),
          links: g.links.map(function (l) {
            return { source: l.source, target: l.target, value: l.proximity, lineStyle: { opacity: 0.2 + 0.6 * l.proximity } };
          }),
          lineStyle: { color: '#999', width: 1 }
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function () { space.textContent = '–'; });
  }

  var rca = document.getElementById('opp-rca');
  if (rca) {
    get(rca.dataset.api).then(function (o) {
      var rows = o.rcaSides.slice().reverse();
      var chart = echarts.init(rca);
      chart.setOption({
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: ['RCA ' + rca.dataset.a, 'RCA ' + rca.dataset.b] },
        grid: { left: 60, right: 20, top: 30, bottom: 20 },
        xAxis: { type: 'log', logBase: 10, min: 0.01 },
        yAxis: { type: 'category', data: rows.map(function (r) { return r.product; }) },
        series: [
          { name: 'RCA ' + rca.dataset.a, type: 'bar', data: rows.map(function (r) { return Math.max(r.rcaA, 0.01); }) },
          { name: 'RCA ' + rca.dataset.b, type: 'bar', data: rows.map(function (r) { return Math.max(r.rcaB, 0.01); }) }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function () { rca.textContent = '–'; });
  }
})();
