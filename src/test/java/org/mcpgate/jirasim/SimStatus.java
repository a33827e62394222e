package org.mcpgate.jirasim;

/** A workflow status; its position orders {@code ORDER BY status}. */
record SimStatus(String id, String name, String description, String iconPath, SimStatusCategory category,
        int position) {
}
