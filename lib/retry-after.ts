/**
 * How long to wait, in the words of a Chinese message, derived from the same number of seconds a
 * `retryAfterSeconds` field or Retry-After header carries, so the two never disagree.
 */
export function waitInChinese(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole}秒`;
  if (whole < 3600) return `${Math.ceil(whole / 60)}分钟`;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.ceil((whole % 3600) / 60);
  return minutes === 0 ? `${hours}小时` : minutes === 60 ? `${hours + 1}小时` : `${hours}小时${minutes}分钟`;
}
