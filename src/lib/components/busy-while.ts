import type { Attachment } from 'svelte/attachments';
import { tick } from 'svelte';

/**
 * Marks a control busy while the work it started runs, instead of `disabled`: a disabled control loses focus
 * (to <body>, so the next Tab starts over from the top), this one keeps it. It says `aria-disabled`, and a click
 * — or the Enter, Space or form submission that clicks it — is ignored until the work ends.
 */
export function busyWhile(busy: () => boolean): Attachment<HTMLElement> {
	return (element) => {
		if (!busy()) {
			element.removeAttribute('aria-disabled');
			return;
		}
		element.setAttribute('aria-disabled', 'true');
		// Ahead of the app's own handlers: a cancelled click neither runs them, opens a file picker nor ticks a box.
		const ignore = (event: Event) => {
			event.preventDefault();
			event.stopImmediatePropagation();
		};
		element.addEventListener('click', ignore, { capture: true });
		return () => element.removeEventListener('click', ignore, { capture: true });
	};
}

/**
 * For a select, which changes by keyboard without a click: it stays `disabled` while the work it started runs,
 * and gets its focus back once the work is done, when focus was left on <body> meanwhile.
 */
export async function refocusAfter(element: HTMLElement, work: Promise<unknown> | void): Promise<void> {
	await work;
	await tick();
	if (document.activeElement === document.body || !document.activeElement) element.focus();
}
