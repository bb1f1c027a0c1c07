// Behaviour shared by every page. The CSP allows scripts from this origin only, so nothing is inline.
(function () {
	'use strict';

	// htmx requests that change state carry the CSRF token like forms do.
	document.addEventListener('htmx:configRequest', function (event) {
		var header = document.querySelector('meta[name="csrf-header"]');
		var token = document.querySelector('meta[name="csrf-token"]');
		if (header && token) {
			event.detail.headers[header.content] = token.content;
		}
	});

	document.addEventListener('DOMContentLoaded', function () {
		// Selects marked data-auto-submit (the org switcher) submit their form on change.
		document.querySelectorAll('select[data-auto-submit]').forEach(function (select) {
			select.addEventListener('change', function () {
				select.form.requestSubmit();
			});
		});

		// Highlight the sidebar entry of the current page: the longest link that prefixes the path.
		var path = window.location.pathname;
		var best = null;
		document.querySelectorAll('.app-sidebar a.nav-link').forEach(function (link) {
			var href = link.getAttribute('href');
			var matches = href === '/' ? path === '/' : (path === href || path.indexOf(href + '/') === 0);
			if (matches && (!best || href.length > best.getAttribute('href').length)) {
				best = link;
			}
		});
		if (best) {
			best.classList.add('active');
			best.setAttribute('aria-current', 'page');
		}
	});
})();
