package org.mcpgate.jirasim;

/** An issue type; sub-task types need a parent. */
record SimIssueType(String id, String name, String description, boolean subtask, long avatarId, int position) {
}
