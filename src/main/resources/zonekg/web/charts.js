// Draws the charts an entity page lists in its #chart-data element (JSON written by zonekg.web.Charts).
(function () {
  'use strict';
  var data = document.getElementById('chart-data');
  var holder = document.getElementById('charts');
  if (!data || !holder || typeof Chart === 'undefined') {
    return;
  }
  JSON.parse(data.textContent).forEach(function (chart, i) {
    var figure = document.createElement('figure');
    var caption = document.createElement('figcaption');
    caption.textContent = chart.title;
    var canvas = document.createElement('canvas');
    canvas.id = 'chart-' + i;
    canvas.setAttribute('aria-label', chart.title);
    figure.appendChild(caption);
    figure.appendChild(canvas);
    holder.appendChild(figure);
    new Chart(canvas, {
      type: chart.type,
      data: {
        labels: chart.labels,
        datasets: [{ label: chart.title, data: chart.values, borderColor: '#1f5fa0',
                     backgroundColor: 'rgba(31, 95, 160, 0.35)', tension: 0.1 }]
      },
      options: { animation: false, plugins: { legend: { display: false } },
                 scales: { y: { beginAtZero: chart.type === 'bar' } } }
    });
  });
}());
