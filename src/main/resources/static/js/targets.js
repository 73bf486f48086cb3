// The trend chart of a target page, drawn from the trend table beside it (which stays as the
// accessible alternative): the values reached, the straight line to the target, the target.
document.addEventListener('DOMContentLoaded', function () {
  var holder = document.getElementById('trend-chart');
  var table = document.getElementById('trend-table');
  if (!holder || !table || typeof echarts === 'undefined') {
    return;
  }
  function number(text) {
    return (text === undefined || text === '') ? null : Number(text);
  }
  var days = [];
  var actual = [];
  var expected = [];
  table.querySelectorAll('tbody tr[data-label]').forEach(function (row) {
    days.push(row.dataset.label);
    actual.push(number(row.dataset.value));
    expected.push(number(row.dataset.expected));
  });
  if (days.length === 0) {
    return;
  }
  holder.style.height = '280px';
  var target = number(holder.dataset.targetValue);
  var chart = echarts.init(holder);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: function (v) { return (v === null || v === undefined) ? '—' : Number(v).toFixed(1); } },
    legend: { data: [holder.dataset.actual, holder.dataset.expected] },
    grid: { left: 48, right: 96, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: days },
    yAxis: { type: 'value', scale: true },
    series: [
      {
        name: holder.dataset.actual, type: 'line', data: actual, symbolSize: 8,
        markLine: (target === null) ? undefined : {
          symbol: 'none', label: { formatter: holder.dataset.target + ': {c}' },
          lineStyle: { type: 'solid', color: '#198754' }, data: [{ yAxis: target }]
        }
      },
      { name: holder.dataset.expected, type: 'line', data: expected, lineStyle: { type: 'dashed' }, symbol: 'none' }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
