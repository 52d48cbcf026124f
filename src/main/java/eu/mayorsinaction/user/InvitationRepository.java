package eu.mayorsinaction.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByEmailAndAcceptedAtIsNullAndRevokedAtIsNull(String email);

	@Query("select * from invitation where accepted_at is null and revoked_at is null"
			+ " and (via_organisation_id = :organisation or organisation_id = :organisation)"
			+ " order by created_at desc, id desc")
	List<Invitation> findOpenForOrganisation(@Param("organisation") long organisationId);

	@Query("select * from invitation where accepted_at is null and revoked_at is null"
			+ " order by created_at desc, id desc limit 500")
	List<Invitation> findOpen();

}
