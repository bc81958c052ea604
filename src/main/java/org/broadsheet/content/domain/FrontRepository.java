package org.broadsheet.content.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FrontRepository extends JpaRepository<Front, Long> {

    Optional<Front> findByFrontKey(String frontKey);

    @Query("select f.id from Front f where f.scheduledAt <= :now order by f.scheduledAt")
    List<Long> findDueIds(Instant now);

    /** Fronts that show the picture now or will when their scheduled arrangement comes. */
    @Query("""
            select distinct f from Front f left join f.slots s left join f.scheduledSlots t
            where s.mediaId = :mediaId or t.mediaId = :mediaId""")
    List<Front> findShowingPicture(long mediaId);

    @Query("""
            select s.mediaId from Front f join f.slots s where s.mediaId is not null
            union select t.mediaId from Front f join f.scheduledSlots t where t.mediaId is not null""")
    List<Long> findPictureIds();
}
