// The project map of /registry/projects/map, served as a file so that the pages' Content-Security-Policy
// can forbid inline script; its data come from the data-* attributes of #project-map. topoToGeo is
// topo.js's, loaded before it.
(function () {
  var el = document.getElementById('project-map');
  var points = JSON.parse(el.dataset.points);
  fetch(el.dataset.map).then(function (r) { return r.json(); }).then(function (topo) {
    echarts.registerMap('world', topoToGeo(topo, 'countries'));
    var chart = echarts.init(el);
    var partner = { areaColor: '#2a7ab0', borderColor: '#0f3b57' };
    chart.setOption({
      tooltip: { trigger: 'item' },
      geo: {
        map: 'world', roam: true, center: [58, 40], zoom: 3.2,
        itemStyle: { areaColor: '#e3e6ea', borderColor: '#b8c0c8' },
        emphasis: { label: { show: false } },
        regions: [
          { name: 'Kazakhstan', itemStyle: partner, label: { show: true, formatter: el.dataset.kaz } },
          { name: 'Iran', itemStyle: partner, label: { show: true, formatter: el.dataset.irn } }
        ]
      },
      series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 10, data: points,
        itemStyle: { color: '#c0392b' } }]
    });
    chart.on('click', function (p) { if (p.data && p.data.href) location.href = p.data.href; });
    el.dataset.ready = 'true';
  }).catch(function (e) { el.textContent = String(e); el.dataset.ready = 'error'; });
})();
