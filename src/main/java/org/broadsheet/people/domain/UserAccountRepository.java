package org.broadsheet.people.domain;

import java.time.Instant;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** The account and its roles in one statement: what a login reads. */
    @Query("select u from UserAccount u left join fetch u.roles where u.username = :username")
    Optional<UserAccount> findForLogin(@Param("username") String username);

    /**
     * Counts a wrong password. The same statement runs for a name nobody has, so a wrong login
     * takes as long whether or not the account exists.
     */
    @Modifying
    @Query("update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
    int countWrongPassword(@Param("username") String username);

    /** Pauses the account when its wrong passwords reached {@code threshold}; 1 if it did. */
    @Modifying
    @Query("""
            update UserAccount u set u.lockedUntil = :until, u.failedLogins = 0
            where u.username = :username and u.failedLogins >= :threshold""")
    int pauseAfter(
            @Param("username") String username, @Param("threshold") int threshold, @Param("until") Instant until);

    default UserAccount requireByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new DomainException.NotFound("No account for " + username));
    }

    default UserAccount requireById(long id) {
        return findById(id).orElseThrow(() -> new DomainException.NotFound("No account " + id));
    }

    boolean existsByUsername(String username);

    /** Accounts with a two-step secret stored in clear by an older release. */
    @Query("select u from UserAccount u where u.totpSecret is not null and u.totpSecret not like 'v1:%'")
    java.util.List<UserAccount> findWithUnsealedTotpSecret();

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, long id);

    @Query("""
            select count(u) from UserAccount u join u.roles r
            where r = org.broadsheet.people.Role.ADMIN and u.enabled = true""")
    long countEnabledAdmins();
}
