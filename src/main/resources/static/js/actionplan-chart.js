// Draws the bar chart of a plan's expected CO2 reduction by main field of action from the figures in the
// canvas's data-chart attribute. The table below the chart gives the same figures as text.
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('plan-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var number = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });
  // Dark blue: at least 4.5:1 contrast on white.
  var blue = '#0b3d6e';
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [{ label: data.label, data: data.values, backgroundColor: blue, borderColor: blue }]
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      scales: {
        x: {
          beginAtZero: true,
          title: { display: true, text: data.unit, color: '#212529' },
          ticks: { callback: function (value) { return number.format(value); }, color: '#212529' }
        },
        y: { ticks: { color: '#212529' } }
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: function (item) { return number.format(item.raw) + ' ' + data.unit; }
          }
        }
      }
    }
  });
});
