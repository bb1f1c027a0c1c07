// MSP pages: usage bars take their width from data-usage (the CSP allows no inline style attributes).
(function () {
	'use strict';

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('.licence-usage[data-usage]').forEach(function (bar) {
			bar.style.width = bar.dataset.usage + '%';
		});
	});
})();
