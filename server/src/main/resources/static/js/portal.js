// The portal's "Request change" dialog: pre-fills the target of the row it was opened from, offers
// the kinds its opener allows and shows only the fields the chosen kind needs. Also the scorecard's print button.
document.addEventListener('DOMContentLoaded', () => {
	const dialog = document.getElementById('change-dialog');
	if (dialog) {
		const kind = document.getElementById('change-kind');
		const showFields = () => dialog.querySelectorAll('[data-for]').forEach((field) =>
			field.classList.toggle('d-none', !field.dataset.for.split(' ').includes(kind.value)));
		kind.addEventListener('change', showFields);
		dialog.addEventListener('show.bs.modal', (event) => {
			const opener = event.relatedTarget;
			const target = opener?.dataset.target || '';
			document.getElementById('change-target').value = target;
			document.getElementById('change-target-label').textContent = opener?.dataset.label ? 'About ' + opener.dataset.label : '';
			const kinds = opener?.dataset.kinds?.split(' ');
			kind.querySelectorAll('option').forEach((option) => option.disabled = kinds ? !kinds.includes(option.value)
				: (target === '') ? ['change-role', 'remove-member'].includes(option.value) : option.value === 'add-member');
			kind.value = opener?.dataset.kind || 'add-member';
			showFields();
		});
	}
	document.querySelectorAll('[data-portal-print]').forEach((button) => button.addEventListener('click', () => window.print()));
});
