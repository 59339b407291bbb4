package caravan.corridor;

import java.util.Arrays;

/**
 * A binary min-heap of (long key, int value) pairs in two arrays, for the single-criterion
 * Dijkstra: a node is pushed again when its distance falls, and the stale copy is skipped when
 * popped, which is cheaper than a decrease-key heap on graphs as sparse as railways.
 */
final class RouteHeap {
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  long topKey() {
    return keys[0];
  }

  int topValue() {
    return values[0];
  }

  void push(long key, int value) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      values[i] = values[p];
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }

  void pop() {
    long key = keys[--size];
    int value = values[size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int c = 2 * i + 1;
      if (c + 1 < size && keys[c + 1] < keys[c]) c++;
      if (key <= keys[c]) break;
      keys[i] = keys[c];
      values[i] = values[c];
      i = c;
    }
    keys[i] = key;
    values[i] = value;
  }
}
