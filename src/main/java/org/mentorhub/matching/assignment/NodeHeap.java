package org.mentorhub.matching.assignment;

import java.util.Arrays;

/**
 * Indexed binary min-heap of node ids keyed by an external distance array, ties broken by the smaller node id so
 * the search order (and hence the assignment) is deterministic.
 */
final class NodeHeap {

    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    NodeHeap(int nodeCount, long[] key) {
        this.heap = new int[nodeCount];
        this.position = new int[nodeCount];
        Arrays.fill(position, -1);
        this.key = key;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            position[heap[k]] = -1;
        }
        size = 0;
    }

    boolean contains(int node) {
        return position[node] >= 0;
    }

    void push(int node) {
        heap[size] = node;
        position[node] = size;
        siftUp(size++);
    }

    void decreased(int node) {
        siftUp(position[node]);
    }

    int pop() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    private boolean less(int a, int b) {
        long ka = key[a];
        long kb = key[b];
        return ka < kb || (ka == kb && a < b);
    }

    private void siftUp(int index) {
        int node = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            int parentNode = heap[parent];
            if (!less(node, parentNode)) {
                break;
            }
            heap[index] = parentNode;
            position[parentNode] = index;
            index = parent;
        }
        heap[index] = node;
        position[node] = index;
    }

    private void siftDown(int index) {
        int node = heap[index];
        while (true) {
            int child = 2 * index + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], node)) {
                break;
            }
            heap[index] = heap[child];
            position[heap[index]] = index;
            index = child;
        }
        heap[index] = node;
        position[node] = index;
    }
}
