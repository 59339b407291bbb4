package caravan.access;

/** A user as an admin sees them: whether they may sign in, and how many sessions are live. */
public record UserAccount(User user, boolean disabled, int liveSessions) {}
