package org.filiere.wipe.schedule;

/**
 * The two baselines of the contract, as decision rules for {@link Engine}. Both take tasks in input order;
 * a task that needs ATA pass-through is skipped by bays that lack it (it waits for a pass-through bay) rather
 * than blocking the queue.
 */
final class Baselines {
    private Baselines() {
    }

    /** Input-order queues: one for tasks needing ATA pass-through, one for the others. */
    static final class Queues {
        private final Engine e;
        private final int[] pt;
        private final int[] other;
        private int ptHead;
        private int otherHead;

        Queues(Engine e) {
            this.e = e;
            int nPt = 0;
            for (Task t : e.tasks) {
                if (needsPassThrough(t)) {
                    nPt++;
                }
            }
            pt = new int[nPt];
            other = new int[e.n - nPt];
            int a = 0;
            int b = 0;
            for (int j = 0; j < e.n; j++) {
                if (needsPassThrough(e.tasks[j])) {
                    pt[a++] = j;
                } else {
                    other[b++] = j;
                }
            }
        }

        private static boolean needsPassThrough(Task t) {
            return t instanceof Task.Firmware f && f.requiresAtaPassThrough();
        }

        /** The next task in input order that dock k accepts, or -1; does not remove it. */
        int peek(int k) {
            while (ptHead < pt.length && e.assigned(pt[ptHead])) {
                ptHead++;
            }
            while (otherHead < other.length && e.assigned(other[otherHead])) {
                otherHead++;
            }
            int o = otherHead < other.length ? other[otherHead] : -1;
            if (!e.docks[k].ataPassThrough() || ptHead >= pt.length) {
                return o;
            }
            int p = pt[ptHead];
            return o < 0 || p < o ? p : o;
        }
    }

    /** fifo: whenever a bay is free and the hub is open, load the next task (input order) that bay can take. */
    static final class Fifo implements Engine.Policy {
        private final Queues queues;

        Fifo(Engine e) {
            queues = new Queues(e);
        }

        @Override
        public Engine.Choice choose(Engine e, long t) {
            for (int k = 0; k < e.docks.length; k++) {
                int b = e.firstFreeBay(k);
                if (b >= 0) {
                    int j = queues.peek(k);
                    if (j >= 0) {
                        return new Engine.Choice(j, k, b);
                    }
                }
            }
            return null;
        }
    }

    /**
     * batch-fill: when a dock is idle at an opening instant, load each of its bays once with the next tasks in
     * input order (a batch), then load nothing more into that dock until every task of the batch has ended.
     */
    static final class BatchFill implements Engine.Policy {
        private final Queues queues;
        private final boolean[] loading;
        private final boolean[][] loaded;

        BatchFill(Engine e) {
            queues = new Queues(e);
            loading = new boolean[e.docks.length];
            loaded = new boolean[e.docks.length][];
            for (int k = 0; k < e.docks.length; k++) {
                loaded[k] = new boolean[e.docks[k].bays()];
            }
        }

        @Override
        public Engine.Choice choose(Engine e, long t) {
            for (int k = 0; k < e.docks.length; k++) {
                if (!loading[k] && e.running[k] == 0 && queues.peek(k) >= 0) {
                    loading[k] = true;
                    java.util.Arrays.fill(loaded[k], false);
                }
                if (!loading[k]) {
                    continue;
                }
                int[] bt = e.bayTask[k];
                for (int b = 0; b < bt.length; b++) {
                    if (bt[b] < 0 && !loaded[k][b]) {
                        int j = queues.peek(k);
                        if (j < 0) {
                            loading[k] = false;
                            break;
                        }
                        loaded[k][b] = true;
                        loading[k] = !allLoaded(k);
                        return new Engine.Choice(j, k, b);
                    }
                }
                loading[k] = loading[k] && !allLoaded(k);
            }
            return null;
        }

        private boolean allLoaded(int k) {
            for (boolean l : loaded[k]) {
                if (!l) {
                    return false;
                }
            }
            return true;
        }
    }
}
