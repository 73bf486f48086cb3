// The dashboard's charts (Apache ECharts) draw the table beside them, row by row from its data
// attributes: the table stays the source of truth, for screen readers, print and Excel alike.
(function () {
  function number(text) {
    return (text === undefined || text === '') ? null : Number(text);
  }

  function draw(box) {
    var table = document.getElementById(box.dataset.table);
    if (!table || !window.echarts) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    // Shares are drawn as percentages (one scale); a section of counts as counts.
    var shares = rows.some(function (row) { return row.dataset.share === 'true'; });
    var drawn = shares ? rows.filter(function (row) { return row.dataset.share === 'true'; }) : rows;
    if (drawn.length === 0) {
      box.hidden = true;
      return;
    }
    var now = drawn.map(function (row) { return number(shares ? row.dataset.percent : row.dataset.value); });
    var series = [{ name: box.dataset.now, type: 'bar', data: now }];
    if (box.dataset.then) {
      series.push({
        name: box.dataset.then, type: 'bar',
        data: drawn.map(function (row) {
          return number(shares ? row.dataset.comparePercent : row.dataset.compareValue);
        })
      });
    }
    var chart = window.echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: ['#0d6efd', '#adb5bd'],
      grid: { left: 8, right: 32, top: 28, bottom: 4, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', max: shares ? 100 : null, axisLabel: { formatter: shares ? '{value}%' : '{value}' } },
      yAxis: {
        type: 'category', inverse: true,
        data: drawn.map(function (row) { return row.dataset.label; }),
        axisLabel: { width: 200, overflow: 'truncate' }
      },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.dashboard-chart').forEach(draw);
    var print = document.getElementById('dashboard-print');
    if (print) {
      print.addEventListener('click', function () { window.print(); });
    }
    if (window.bootstrap) {
      document.querySelectorAll('#dashboard [data-bs-toggle="tooltip"]').forEach(function (element) {
        new window.bootstrap.Tooltip(element);
      });
    }
  });
})();
