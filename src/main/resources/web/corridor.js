// The corridor map of /corridor, served as a file so that the pages' Content-Security-Policy can
// forbid inline script. Its data come from #corridor-map's data-* attributes: the base map (world-atlas
// 1:50m, cut to the region), the network JSON and, when a plan was asked, the route API's address.
// Each route of the API's answer is drawn as it comes; the legs drawn are kept in data-drawn (from>to
// mode, in order) so that what the map shows can be checked against the API.
(function () {
  var el = document.getElementById('corridor-map');
  if (!el) return;
  var d = el.dataset, ru = d.lang === 'ru';
  var COLOURS = { rail: '#b03a2e', sea: '#1f6fb2', road: '#2e8b57' };
  var ROUTES = ['#6c3483', '#d35400', '#117864', '#b7950b', '#1b2631', '#c0392b', '#2874a6', '#7d6608'];
  function fill(label, v) { return label.replace('{0}', v); }
  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    });
  }
  function nodeName(n) { return ru ? n.nameRu : n.nameEn; }
  function fig(m, label) {
    if (!m) return '';
    return (m.estimate ? '~' : '') + fill(label, Math.round(m.value * 10) / 10);
  }

  function draw(topo, network, answer) {
    var geo = topoToGeo(topo, 'countries');
    echarts.registerMap('caspian', geo);
    var byId = {};
    network.nodes.forEach(function (n) { byId[n.id] = n; });
    function at(id) { var n = byId[id]; return n && n.lon != null ? [n.lon, n.lat] : null; }

    var wanted = (d.highlight || '').split(',').filter(Boolean);
    var regions = geo.features.filter(function (f) { return wanted.indexOf(f.id) >= 0; }).map(function (f) {
      return { name: f.properties.name, itemStyle: { areaColor: '#d6e4f0', borderColor: '#0f3b57' } };
    });

    var series = ['rail', 'sea', 'road'].map(function (mode) {
      var data = network.links.filter(function (l) {
        return l.mode === mode && !l.checkOnly && at(l.from) && at(l.to);
      }).map(function (l) {
        // dashed: the link's length is an estimate (or unknown), so even its line on the map is not a
        // source's; nearly every time is an estimate (length ÷ the mode's speed), said on hover
        var style = l.kind === 'planned' ? { type: 'dotted', opacity: 0.6 }
          : !l.km || l.km.estimate ? { type: 'dashed' } : {};
        return { coords: [at(l.from), at(l.to)], lineStyle: style, link: l };
      });
      return {
        type: 'lines', name: d['l' + mode.charAt(0).toUpperCase() + mode.slice(1)], coordinateSystem: 'geo',
        data: data, z: 3, lineStyle: { color: COLOURS[mode], width: 2, curveness: mode === 'sea' ? 0.15 : 0 },
        tooltip: { formatter: function (p) { return linkTip(p.data.link); } }
      };
    });

    var points = network.nodes.filter(function (n) { return n.lon != null; }).map(function (n) {
      var symbol = n.gaugeBreak ? 'triangle' : n.crossing ? 'diamond' : 'circle';
      var style = n.positionEstimate ? { color: '#fff', borderColor: '#333', borderWidth: 1.5 } : {};
      return { name: nodeName(n), value: [n.lon, n.lat], symbol: symbol,
        symbolSize: n.gaugeBreak || n.crossing ? 12 : 7, itemStyle: style, node: n };
    });
    series.push({
      type: 'scatter', name: d.lPlace, coordinateSystem: 'geo', data: points, z: 5,
      itemStyle: { color: '#333' }, tooltip: { formatter: function (p) { return nodeTip(p.data.node); } }
    });

    // the steps that move between two places, a step repeating the one before (a wait for the
    // sailing it precedes, a port call) once, as "from>to mode"
    function legsOf(route) {
      return (route.steps || []).filter(function (s, k, all) {
        var p = all[k - 1];
        return s.from !== s.to && !(p && p.from === s.from && p.to === s.to && p.mode === s.mode);
      });
    }
    function drawRoute(route, kind, i, style) {
      var legs = legsOf(route);
      var keys = legs.map(function (s) { return s.from + '>' + s.to + ' ' + s.mode; });
      if (!legs.length) return keys;
      var coords = [at(legs[0].from)].concat(legs.map(function (s) { return at(s.to); }));
      series.push({
        type: 'lines', id: kind + '-' + (i + 1), name: routeName(kind, i), coordinateSystem: 'geo',
        polyline: true, z: 4,
        data: [{ coords: coords.filter(Boolean), legs: keys }], lineStyle: style,
        emphasis: { lineStyle: { width: 9, opacity: 0.9 } },
        tooltip: { formatter: function (p) { return escape(p.seriesName); } }
      });
      return keys;
    }
    var drawn = (answer && answer.routes || []).map(function (route, i) {
      return drawRoute(route, 'route', i,
        { color: ROUTES[i % ROUTES.length], width: 6, opacity: 0.55 });
    });
    // the quickest route by each other way in, which a Pareto route beats: thin and dashed
    var others = (answer && answer.alternatives || []).map(function (alt, i) {
      return drawRoute(alt.route, 'alternative', i,
        { color: '#555', width: 3, opacity: 0.6, type: 'dashed' });
    });

    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'item', confine: true },
      legend: { bottom: 0, data: series.map(function (s) { return s.name; }) },
      geo: {
        map: 'caspian', roam: true, boundingCoords: [[42, 54], [80, 24]],
        itemStyle: { areaColor: '#eef0f2', borderColor: '#b8c0c8' },
        emphasis: { disabled: true }, regions: regions
      },
      series: series
    });
    document.querySelectorAll('#corridor-routes section').forEach(function (s) {
      var name = routeName(s.className, Number(s.dataset.index));
      s.addEventListener('mouseenter', function () { chart.dispatchAction({ type: 'highlight', seriesName: name }); });
      s.addEventListener('mouseleave', function () { chart.dispatchAction({ type: 'downplay', seriesName: name }); });
    });
    el.dataset.drawn = JSON.stringify(drawn);
    el.dataset.drawnAlternatives = JSON.stringify(others);
    el.dataset.ready = 'true';
  }

  function routeName(kind, i) {
    return (kind === 'alternative' ? d.lAlternative : d.lRoute) + ' ' + (i + 1);
  }
  function escape(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  function linkTip(l) {
    var a = byName(l.from), b = byName(l.to);
    var parts = [escape(a + ' – ' + b) + ' (' + escape(d['l' + l.mode.charAt(0).toUpperCase() + l.mode.slice(1)]) + ')'];
    var figs = [fig(l.km, d.lKm), fig(l.hours, d.lHours)].filter(Boolean).join(', ');
    if (figs) parts.push(escape(figs));
    if (l.gauge) parts.push(escape(l.gauge + ' mm'));
    if (l.kind === 'planned') parts.push(escape(d.lPlanned));
    [l.km, l.hours, l.headwayHours].forEach(function (m) {
      if (m && m.estimate) parts.push('~ ' + escape(d.lEstimate + ': ' + m.how));
    });
    return parts.join('<br>');
  }
  var names = {};
  function byName(id) { return names[id] || id; }
  function nodeTip(n) {
    var parts = [escape(nodeName(n) + ' (' + n.country + ')')];
    if (n.crossing) parts.push(escape(d.lCrossing));
    if (n.gaugeBreak) parts.push(escape(d.lGaugeBreak));
    if (n.positionEstimate) parts.push('~ ' + escape(d.lPosition + ': ' + n.positionHow));
    // volumes per point, when the network JSON carries them (issue 12 §3)
    if (n.volumes && n.volumes.length) {
      parts.push(escape(d.lVolumes) + ':');
      n.volumes.forEach(function (v) {
        var t = (v.measure === 'capacity' ? d.lCapacity + ' ' : v.measure === 'throughput' ? '' : v.measure + ' ')
          + v.period + ': ' + v.value + ' ' + v.unit;
        if (v.growthStatedPct != null) t += ' (' + (v.growthStatedPct > 0 ? '+' : '') + v.growthStatedPct + ' %)';
        if (v.utilisationPct) t += ', ' + d.lUtilisation + ' ' + (v.utilisationPct.estimate ? '~' : '')
          + Math.round(v.utilisationPct.value) + ' %';
        if (v.preferred === false) t += ' [' + d.lConflict + ']';
        parts.push('· ' + escape(t));
      });
    }
    return parts.join('<br>');
  }

  // the page's language for the sentences the API words (how a figure was reached, a refusal)
  var inLang = d.lang ? 'lang=' + encodeURIComponent(d.lang) : '';
  function withLang(url) { return inLang ? url + (url.indexOf('?') < 0 ? '?' : '&') + inLang : url; }
  var routes = d.routes ? json(withLang(d.routes)) : Promise.resolve(null);
  Promise.all([fetch(d.map).then(function (r) { return r.json(); }), json(withLang(d.network)), routes])
    .then(function (got) {
      got[1].body.nodes.forEach(function (n) { names[n.id] = nodeName(n); });
      var answer = got[2] && got[2].ok ? got[2].body : null;
      if (got[2] && !got[2].ok) el.dataset.routesProblem = (got[2].body && got[2].body.detail) || d.lRoutesFailed;
      draw(got[0], got[1].body, answer);
    })
    .catch(function (e) { el.textContent = String(e); el.dataset.ready = 'error'; });
})();
