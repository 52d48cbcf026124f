// Draws the progress chart of a signatory (inventories, trajectory, target) from the figures in the canvas's
// data-chart attribute. The table below the chart gives the same figures as text.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('progress-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: data.decimals });
  var year = function (value) { return String(Math.round(value)); };
  // Colours with at least 4.5:1 contrast on white; each series also has its own point style and line.
  var blue = '#0b3d6e';
  var green = '#1f6b3a';
  var red = '#a4161a';
  var years = [].concat(data.inventories, data.trajectory, data.target).map(function (p) { return p.x; });
  var chart = new Chart(canvas, {
    type: 'line',
    data: {
      datasets: [
        {
          label: data.labels.inventories,
          data: data.inventories,
          borderColor: green,
          backgroundColor: green,
          pointStyle: 'circle',
          pointRadius: 6,
          pointHoverRadius: 8,
          borderWidth: 2
        },
        {
          label: data.labels.trajectory,
          data: data.trajectory,
          borderColor: blue,
          backgroundColor: blue,
          borderDash: [8, 5],
          pointStyle: 'rect',
          pointRadius: 4,
          borderWidth: 2
        },
        {
          label: data.labels.target,
          data: data.target,
          borderColor: red,
          backgroundColor: red,
          pointStyle: 'triangle',
          pointRadius: 10,
          pointHoverRadius: 12,
          showLine: false
        }
      ]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: true,
      scales: {
        x: {
          type: 'linear',
          min: Math.min.apply(null, years) - 1,
          max: Math.max.apply(null, years) + 1,
          title: { display: true, text: data.labels.year, color: '#212529' },
          ticks: { stepSize: 1, precision: 0, callback: year, color: '#212529' }
        },
        y: {
          beginAtZero: true,
          title: { display: true, text: data.labels.value, color: '#212529' },
          ticks: { callback: function (value) { return number.format(value); }, color: '#212529' }
        }
      },
      plugins: {
        legend: { labels: { usePointStyle: true, color: '#212529' } },
        tooltip: {
          callbacks: {
            title: function (items) {
              var point = items[0].raw;
              return point.label ? point.label : year(point.x);
            },
            label: function (item) {
              return item.dataset.label + ': ' + number.format(item.raw.y) + ' ' + data.labels.value;
            }
          }
        }
      }
    }
  });
  canvas.setAttribute('data-rendered', 'true');
  canvas.chart = chart;
});
