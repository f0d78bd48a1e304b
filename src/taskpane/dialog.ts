/**
 * The ribbon's error dialog page (dialog.html): shows the error its query string carries, as
 * text, and closes when the user chooses OK or presses Esc. Inside Office the opener closes it
 * (a dialog cannot close itself); opened in a plain browser, the window closes itself.
 */
import { byId } from './dom';
import { DIALOG_CLOSE_MESSAGE, errorTextFromQuery } from './error-dialog';
import { messageParent } from './host';

function start(): void {
  const text = errorTextFromQuery(window.location.search);
  // textContent only: the message quotes the workbook (sheet names), and a workbook can be hostile.
  byId('dialog-summary').textContent = text.summary;
  byId('dialog-next').textContent = text.next;
  byId('dialog-detail').textContent = text.detail;
  // A PaneError's detail repeats its summary; show details only when they add something.
  byId('dialog-details').hidden = text.detail === '' || text.detail === text.summary;
  const ok = byId<HTMLButtonElement>('dialog-close');
  ok.addEventListener('click', () => void close());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') void close();
  });
  ok.focus();
}

async function close(): Promise<void> {
  if (!(await messageParent(DIALOG_CLOSE_MESSAGE))) window.close();
}

start();
