// The score trend chart of the compliance dashboard: data from the canvas's data-url (JSON), drawn by Chart.js.
(function () {
	'use strict';

	var waits = 0;

	function draw(canvas) {
		if (canvas.dataset.drawn) {
			return;
		}
		if (typeof Chart === 'undefined') {
			// Scripts that htmx swaps in load in any order: wait (briefly) for Chart.js.
			if (waits++ < 50) {
				window.setTimeout(drawAll, 100);
			}
			return;
		}
		canvas.dataset.drawn = 'true';
		fetch(canvas.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) { return response.json(); })
			.then(function (points) {
				new Chart(canvas, {
					type: 'line',
					data: {
						labels: points.map(function (p) { return p.completedAt.substring(0, 10); }),
						datasets: [{ label: 'Compliance score (%)', data: points.map(function (p) { return p.complianceScore; }),
							tension: 0.2, spanGaps: true }]
					},
					options: { scales: { y: { min: 0, max: 100 } }, plugins: { legend: { display: false } } }
				});
			});
	}

	function drawAll() {
		document.querySelectorAll('canvas#score-trend').forEach(draw);
	}

	document.addEventListener('DOMContentLoaded', drawAll);
	document.addEventListener('htmx:afterSettle', drawAll);
	// Loaded by a fragment that htmx swapped in after DOMContentLoaded.
	if (document.readyState !== 'loading') {
		drawAll();
	}
}());
