package org.mcpgate.jirasim;

/** A priority; a lower position is more urgent (Highest is position 1). */
record SimPriority(String id, String name, String description, String iconPath, String statusColor,
        int position) {
}
