package caravan.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets (Bucket4j) by key, such as a user name or a client address: each key may spend
 * {@code capacity} tokens at once, and gets them back at {@code capacity} per {@code period}. The
 * buckets live in this process only (several instances behind a balancer each count on their own,
 * which multiplies the allowance by the number of instances) and at most {@code maxKeys} of them:
 * the least recently used key is forgotten first, so memory stays bounded whatever keys arrive.
 */
public final class Throttle {
  private final Bandwidth limit;
  private final TimeMeter time;
  private final Map<String, Bucket> buckets;

  public Throttle(int capacity, Duration period, int maxKeys, Clock clock) {
    if (capacity < 1 || maxKeys < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("A throttle needs a positive capacity, period and size");
    }
    this.limit = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
    // The clock's time, so that a test moving its clock moves the buckets as well.
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
    this.buckets =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** How long {@code key} must wait before its next try; empty when it may try now. */
  public synchronized Optional<Duration> wait(String key) {
    EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Spends one of {@code key}'s tokens; empty when it had one, else how long until it has. */
  public synchronized Optional<Duration> take(String key) {
    var probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** How many keys are remembered now (at most the {@code maxKeys} given). */
  public synchronized int size() {
    return buckets.size();
  }

  private Bucket bucket(String key) {
    return buckets.computeIfAbsent(
        key, k -> Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build());
  }
}
