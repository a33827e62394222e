package org.mcpgate.jirasim;

import java.util.List;

/**
 * A workflow transition.
 *
 * @param fromStatusIds the statuses it is available from
 * @param hasScreen whether it shows a screen, hence whether it accepts fields (only resolution here)
 */
record SimTransition(String id, String name, List<String> fromStatusIds, String toStatusId, boolean hasScreen,
        int opsbarSequence) {
    SimTransition {
        fromStatusIds = List.copyOf(fromStatusIds);
    }

    boolean availableFrom(String statusId) {
        return fromStatusIds.contains(statusId);
    }
}
