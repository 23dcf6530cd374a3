package org.wardstat.jobs;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a partition's reports one by one. Its position is saved with every committed chunk, so
 * a partition restarted after a failure goes on from the first report not yet made.
 */
final class RenderItemReader extends AbstractItemCountingItemStreamItemReader<RenderItem> {

    private final List<String> items;

    RenderItemReader(List<String> items) {
        this.items = items;
        setName("render");
    }

    @Override
    protected RenderItem doRead() {
        int next = getCurrentItemCount() - 1; // the count is raised before doRead
        return next < items.size() ? RenderItem.decode(items.get(next)) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // the items are in memory: the count alone positions the reader
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
