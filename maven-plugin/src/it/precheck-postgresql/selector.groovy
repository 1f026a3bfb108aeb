// Runs where PostgreSQL answers; without one the IT is skipped, or fails under DIALECTIC_REQUIRE_ENGINES=1
def admin = System.getenv('DIALECTIC_PG_URL') ?: 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres'
try {
    new org.postgresql.Driver().connect(admin, new Properties()).close()
    return true
} catch (java.sql.SQLException e) {
    if (System.getenv('DIALECTIC_REQUIRE_ENGINES') == '1') {
        throw new IllegalStateException('DIALECTIC_REQUIRE_ENGINES=1 and no PostgreSQL: ' + e.message)
    }
    return false
}
