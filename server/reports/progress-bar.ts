/**
 * A one-line progress bar on the terminal (stderr), redrawn at most 10 times a second; silent
 * when stderr is not a terminal (CI, logs), so logs carry no control characters.
 */
export class ProgressBar {
  private last = 0;
  private drawn = false;
  constructor(
    private readonly label: string,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    if (!this.out.isTTY) return;
    const now = Date.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const width = 30;
    const full = Math.round(share * width);
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
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
