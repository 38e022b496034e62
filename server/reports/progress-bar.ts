/**
 * Progress on the terminal (stderr): a one-line bar redrawn at most 10 times a second on a
 * terminal; in a log (not a terminal) one plain line per 10 %, so logs carry no control
 * characters and still show that a long import is moving.
 */
export class ProgressBar {
  private last = 0;
  private drawn = false;
  private lastTenth = -1;
  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    if (!this.out.isTTY) {
      const tenth = Math.floor(share * 10);
      if (tenth > this.lastTenth) {
        this.lastTenth = tenth;
        this.out.write(`${this.label} ${tenth * 10}%（${mb(done)}/${mb(total)} MB）\n`);
      }
      return;
    }
    const now = Date.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    const width = 30;
    const full = Math.round(share * width);
    this.out.write(
      `\r${this.label} [${'#'.repeat(full)}${'-'.repeat(width - full)}] ${(share * 100).toFixed(0).padStart(3)}%  ${mb(done)}/${mb(total)} MB`,
    );
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
