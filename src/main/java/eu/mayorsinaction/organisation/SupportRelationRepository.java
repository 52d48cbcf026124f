package eu.mayorsinaction.organisation;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupportRelationRepository extends ListCrudRepository<SupportRelation, Long> {

	List<SupportRelation> findBySignatoryIdOrderBySinceDesc(Long signatoryId);

	List<SupportRelation> findByOrganisationId(Long organisationId);

}
